import type { Kysely } from "kysely";
import type { StoreDialect } from "../dialect.js";

/**
 * Indexes that find text containing a given run of three or more
 * characters, for patterns such as `*10.3.12.*`, which no ordered index
 * helps with. Each database builds them its own way.
 */
export async function up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await dialect.createSubstringIndexes(db);
}
