import type { Kysely } from "kysely";
import { type Database, TABLES, type TableName } from "./schema.js";

/** How many rows each table holds, across every account. */
export type RowCounts = Record<TableName, number>;

export async function countRows(db: Kysely<Database>): Promise<RowCounts> {
  const counts: Partial<RowCounts> = {};
  for (const table of TABLES) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts as RowCounts;
}
