import type { InsertObject, Kysely, Selectable } from "kysely";
import { insertChunks } from "./chunks.js";
import type { Database } from "./schema.js";

/** Tables whose rows belong to one account, each named by its `account_id`. */
type AccountTable = "users" | "item_types" | "categories" | "items" | "attributes" | "links";
/** Those of them whose rows the store numbers with an `id`. */
type NumberedTable = "users" | "item_types" | "categories" | "items";

/**
 * Writes rows of one account as they are, ids and dates included, as a
 * copy of a store needs; as many rows a statement as both databases bind.
 */
export async function insertAccountRows<T extends AccountTable>(
  db: Kysely<Database>,
  table: T,
  accountId: number,
  rows: ReadonlyArray<Omit<InsertObject<Database, T>, "account_id">>,
): Promise<void> {
  const [first] = rows;
  if (first === undefined) return;
  const columns = Object.keys(first).length + 1;
  for (const chunk of insertChunks(rows, columns)) {
    const values = chunk.map((row) => ({ ...row, account_id: accountId }));
    await db
      .insertInto(table)
      .values(values as ReadonlyArray<InsertObject<Database, T>>)
      .execute();
  }
}

/** Up to `limit` rows of the account with ids above `afterId` (from the first when undefined). */
export async function rowsAfterId<T extends NumberedTable>(
  db: Kysely<Database>,
  table: T,
  accountId: number,
  afterId: number | undefined,
  limit: number,
): Promise<Array<Selectable<Database[T]>>> {
  let query = db
    .selectFrom(table as NumberedTable)
    .selectAll()
    .where("account_id", "=", accountId)
    .orderBy("id")
    .limit(limit);
  if (afterId !== undefined) query = query.where("id", ">", afterId);
  return (await query.execute()) as Array<Selectable<Database[T]>>;
}
