import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { loadItems } from "../../dist/services/item-loader.js";
import { type SearchQuery, searchItems } from "../../dist/services/item-search.js";
import type { Database } from "../../dist/store/schema.js";
import { sqliteDialect } from "../../dist/store/sqlite-dialect.js";
import { Store } from "../../dist/store/store.js";
import type { ReadRequest, SearchSpec } from "../reads/read-request.js";
import { type Statement, statementOf } from "./statement.js";

/** Items the server loads at a time (src/signed-api/item-page.ts). */
const ITEMS_PER_LOAD = 50;

/**
 * The statements the product's own store runs for a read, caught from its
 * query builder's log: the calls the server makes (the user's lookup, the
 * search, the items' load), on a read-only connection to the same file.
 */
export async function productStatements(
  file: string,
  userName: string,
  request: ReadRequest,
): Promise<Statement[]> {
  const caught: Statement[] = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SqliteDatabase(file, { readonly: true }) }),
    log: (event) => {
      if (event.level === "query")
        caught.push(statementOf(event.query.sql, event.query.parameters));
    },
  });
  try {
    const store = new Store(db, sqliteDialect);
    const user = await store.users.byName(userName);
    if (user === undefined) throw new Error(`the store has no user ${userName}`);
    await read(store, user.account_id, request);
  } finally {
    await db.destroy();
  }
  return caught;
}

async function read(store: Store, accountId: number, request: ReadRequest): Promise<void> {
  if (request.kind === "id") {
    await loadItems(store, accountId, [request.id]);
    return;
  }
  if (request.kind === "barcode") {
    const id = await store.items.idByBarcode(accountId, request.barcode);
    await loadItems(store, accountId, id === undefined ? [] : [id]);
    return;
  }
  const { search } = request;
  const page = { afterId: search.afterId, offset: search.offset ?? 0, limit: search.itemsWanted };
  const { ids } = await searchItems(store, accountId, searchQuery(search), page);
  for (let start = 0; start < ids.length; start += ITEMS_PER_LOAD) {
    await loadItems(store, accountId, ids.slice(start, start + ITEMS_PER_LOAD));
  }
}

function searchQuery(search: SearchSpec): SearchQuery {
  const query: SearchQuery = {};
  if (search.name !== undefined) query.name = search.name;
  if (search.attributeValue !== undefined) query.attributeValues = [search.attributeValue];
  if (search.pair !== undefined) query.attributePairs = [search.pair];
  if (search.itemType !== undefined) query.itemType = { name: search.itemType };
  return query;
}
