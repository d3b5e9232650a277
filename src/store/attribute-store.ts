import type { Kysely } from "kysely";
import { insertAccountRows } from "./account-rows.js";
import type { AttributeTable, Database } from "./schema.js";

export type AttributeRow = Omit<AttributeTable, "account_id" | "id">;

/** An attribute with the row id the store gave it. */
export type StoredAttribute = AttributeRow & { id: number };

/** What orders attributes for reading them in runs: unique within an account. */
export type AttributeKey = Pick<AttributeRow, "item_id" | "title_folded">;

/** Attributes of items of one account, kept in the order their titles were first set. */
export class AttributeStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every attribute of the given items, by item then position. */
  async forItems(accountId: number, itemIds: readonly number[]): Promise<AttributeRow[]> {
    if (itemIds.length === 0) return [];
    return this.db
      .selectFrom("attributes")
      .select(["item_id", "position", "title", "title_folded", "value", "value_folded"])
      .where("account_id", "=", accountId)
      .where("item_id", "in", itemIds)
      .orderBy("item_id")
      .orderBy("position")
      .execute();
  }

  async insert(accountId: number, rows: readonly AttributeRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto("attributes")
      .values(rows.map((row) => ({ ...row, account_id: accountId })))
      .execute();
  }

  /**
   * Up to `limit` attributes of the account after `after` (from the first
   * when undefined), by item and folded title, the order of a unique index.
   */
  async rowsAfter(
    accountId: number,
    after: AttributeKey | undefined,
    limit: number,
  ): Promise<StoredAttribute[]> {
    let query = this.db
      .selectFrom("attributes")
      .select(["id", "item_id", "position", "title", "title_folded", "value", "value_folded"])
      .where("account_id", "=", accountId)
      .orderBy("item_id")
      .orderBy("title_folded")
      .limit(limit);
    if (after !== undefined) {
      query = query.where(({ eb, refTuple, tuple }) =>
        eb(refTuple("item_id", "title_folded"), ">", tuple(after.item_id, after.title_folded)),
      );
    }
    return query.execute();
  }

  /** Writes attributes of the account with their row ids and positions, as a copy needs. */
  async insertRows(accountId: number, rows: readonly StoredAttribute[]): Promise<void> {
    await insertAccountRows(this.db, "attributes", accountId, rows);
  }

  /** Sets the title's spelling and value of an existing attribute. */
  async update(accountId: number, row: AttributeRow): Promise<void> {
    await this.db
      .updateTable("attributes")
      .set({ title: row.title, value: row.value, value_folded: row.value_folded })
      .where("account_id", "=", accountId)
      .where("item_id", "=", row.item_id)
      .where("title_folded", "=", row.title_folded)
      .execute();
  }

  async remove(accountId: number, itemId: number, titlesFolded: readonly string[]): Promise<void> {
    if (titlesFolded.length === 0) return;
    await this.db
      .deleteFrom("attributes")
      .where("account_id", "=", accountId)
      .where("item_id", "=", itemId)
      .where("title_folded", "in", titlesFolded)
      .execute();
  }
}
