import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { postgresDialect } from "../../../dist/store/postgres-dialect.js";
import type { Database } from "../../../dist/store/schema.js";
import { Store } from "../../../dist/store/store.js";
import type { ReadRequest } from "../../reads/read-request.js";
import { readThroughStore } from "../product-read.js";
import { type Statement, statementOf } from "../statement.js";

/**
 * The statements the product's own store runs for a read, caught from its
 * query builder's log, on a connection of its own to the same database.
 */
export async function productStatements(
  url: string,
  userName: string,
  request: ReadRequest,
): Promise<Statement[]> {
  const caught: Statement[] = [];
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    log: (event) => {
      if (event.level === "query")
        caught.push(statementOf(event.query.sql, event.query.parameters));
    },
  });
  try {
    await readThroughStore(new Store(db, postgresDialect), userName, request);
  } finally {
    await db.destroy();
  }
  return caught;
}
