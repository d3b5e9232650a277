import SqliteDatabase from "better-sqlite3";
import { fold } from "../../dist/domain/fold.js";
import type { ReadRequest, SearchSpec } from "../reads/read-request.js";
import {
  attributesSql,
  countSql,
  ID_BY_BARCODE,
  itemRowsSql,
  linksSql,
  pageSql,
  TYPE_BY_NAME,
  USER_BY_NAME,
} from "./read-sql.js";
import { searchCondition } from "./search-condition.js";
import { type Statement, statementOf } from "./statement.js";

/** Items loaded at a time, as the server's pages load them (src/signed-api/item-page.ts). */
const ITEMS_PER_LOAD = 50;

/**
 * Runs a read's SQL straight through better-sqlite3 prepared statements,
 * on a read-only connection to the store's file: what the server would cost
 * if nothing but the database stood between a request and its rows.
 */
export class StoreReader {
  readonly #db: SqliteDatabase.Database;
  readonly #statements = new Map<string, SqliteDatabase.Statement>();
  #trace: Statement[] | undefined;

  constructor(
    file: string,
    private readonly userName: string,
  ) {
    this.#db = new SqliteDatabase(file, { readonly: true });
  }

  /** The statements of one request, the user's lookup first; the number of items loaded. */
  read(request: ReadRequest): number {
    const user = this.#get(USER_BY_NAME, [this.userName]) as { account_id: number } | undefined;
    if (user === undefined) throw new Error(`the store has no user ${this.userName}`);
    const accountId = user.account_id;

    if (request.kind === "id") return this.#load(accountId, [request.id]);
    if (request.kind === "barcode") {
      const row = this.#get(ID_BY_BARCODE, [accountId, request.barcode]) as { id: number };
      return this.#load(accountId, row === undefined ? [] : [row.id]);
    }
    return this.#search(accountId, request.search);
  }

  /** Reads as `read` does, and returns the statements it ran, with their values. */
  readTraced(request: ReadRequest): Statement[] {
    const trace: Statement[] = [];
    this.#trace = trace;
    try {
      this.read(request);
    } finally {
      this.#trace = undefined;
    }
    return trace;
  }

  close(): void {
    this.#db.close();
  }

  #search(accountId: number, search: SearchSpec): number {
    let typeId: number | undefined;
    if (search.itemType !== undefined) {
      const type = this.#get(TYPE_BY_NAME, [accountId, fold(search.itemType)]);
      if (type === undefined) return 0;
      typeId = (type as { id: number }).id;
    }
    const where = searchCondition(accountId, search, typeId);
    const count = countSql(where);
    this.#get(count.sql, count.values);

    const page = pageSql(where, search.itemsWanted, search);
    const ids = this.#all(page.sql, page.values).map((row) => (row as { id: number }).id);
    let loaded = 0;
    for (let start = 0; start < ids.length; start += ITEMS_PER_LOAD) {
      loaded += this.#load(accountId, ids.slice(start, start + ITEMS_PER_LOAD));
    }
    return loaded;
  }

  /** Rows, attributes and links of the items, as ItemService.load reads them. */
  #load(accountId: number, ids: readonly number[]): number {
    if (ids.length === 0) return 0;
    const rows = this.#all(itemRowsSql(ids.length), [accountId, ...ids]);
    const found = rows.map((row) => (row as { id: number }).id);
    if (found.length === 0) return 0;
    this.#all(attributesSql(found.length), [accountId, ...found]);
    this.#all(linksSql(found.length), [accountId, ...found]);
    return rows.length;
  }

  #get(sql: string, values: readonly unknown[]): unknown {
    this.#trace?.push(statementOf(sql, values));
    return this.#statement(sql).get(...values);
  }

  #all(sql: string, values: readonly unknown[]): unknown[] {
    this.#trace?.push(statementOf(sql, values));
    return this.#statement(sql).all(...values);
  }

  #statement(sql: string): SqliteDatabase.Statement {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = this.#db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
