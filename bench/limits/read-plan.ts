import { fold } from "../../dist/domain/fold.js";
import type { ReadRequest, SearchSpec } from "../reads/read-request.js";
import { ITEMS_PER_LOAD } from "./product-read.js";
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
import { type SearchStyle, searchCondition } from "./search-condition.js";

/** A statement of a read; `one` when only its first row is wanted. */
export interface PlannedStatement {
  sql: string;
  values: unknown[];
  one: boolean;
}

export type Row = Record<string, unknown>;

/**
 * The statements of one read, in the order the server runs them, as a
 * generator that yields each statement and is given back its rows: the
 * SQLite reader drives it synchronously, the PostgreSQL one with `await`.
 * It returns the number of items loaded.
 */
export type ReadPlan = Generator<PlannedStatement, number, Row[]>;

export function* readPlan(style: SearchStyle, userName: string, request: ReadRequest): ReadPlan {
  const [user] = yield one(USER_BY_NAME, [userName]);
  if (user === undefined) throw new Error(`the store has no user ${userName}`);
  const accountId = user.account_id as number;

  if (request.kind === "id") return yield* load(accountId, [request.id]);
  if (request.kind === "barcode") {
    const [row] = yield one(ID_BY_BARCODE, [accountId, request.barcode]);
    return yield* load(accountId, row === undefined ? [] : [row.id as number]);
  }
  return yield* search(style, accountId, request.search);
}

function* search(style: SearchStyle, accountId: number, search: SearchSpec): ReadPlan {
  let typeId: number | undefined;
  if (search.itemType !== undefined) {
    const [type] = yield one(TYPE_BY_NAME, [accountId, fold(search.itemType)]);
    if (type === undefined) return 0;
    typeId = type.id as number;
  }
  const where = searchCondition(style, accountId, search, typeId);
  const count = countSql(where);
  yield one(count.sql, count.values);

  const page = pageSql(where, search.itemsWanted, search);
  const ids = (yield all(page.sql, page.values)).map((row) => row.id as number);
  let loaded = 0;
  for (let start = 0; start < ids.length; start += ITEMS_PER_LOAD) {
    loaded += yield* load(accountId, ids.slice(start, start + ITEMS_PER_LOAD));
  }
  return loaded;
}

/** Rows, attributes and links of the items, as ItemService.load reads them. */
function* load(accountId: number, ids: readonly number[]): ReadPlan {
  if (ids.length === 0) return 0;
  const rows = yield all(itemRowsSql(ids.length), [accountId, ...ids]);
  const found = rows.map((row) => row.id as number);
  if (found.length === 0) return 0;
  yield all(attributesSql(found.length), [accountId, ...found]);
  yield all(linksSql(found.length), [accountId, ...found]);
  return rows.length;
}

function one(sql: string, values: unknown[]): PlannedStatement {
  return { sql, values, one: true };
}

function all(sql: string, values: unknown[]): PlannedStatement {
  return { sql, values, one: false };
}
