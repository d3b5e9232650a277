import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "../../../dist/store/schema.js";
import { sqliteDialect } from "../../../dist/store/sqlite-dialect.js";
import { Store } from "../../../dist/store/store.js";
import type { ReadRequest } from "../../reads/read-request.js";
import { readThroughStore } from "../product-read.js";
import { type Statement, statementOf } from "../statement.js";

/**
 * The statements the product's own store runs for a read, caught from its
 * query builder's log, on a read-only connection to the same file.
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
    await readThroughStore(new Store(db, sqliteDialect), userName, request);
  } finally {
    await db.destroy();
  }
  return caught;
}
