import type { Kysely } from "kysely";
import { chunked } from "./chunks.js";
import type { Database } from "./schema.js";

/** Links between items of one account, stored once in each direction. */
export class LinkStore {
  constructor(private readonly db: Kysely<Database>) {}

  async forItems(
    accountId: number,
    itemIds: readonly number[],
  ): Promise<Array<{ item_id: number; linked_id: number }>> {
    if (itemIds.length === 0) return [];
    return this.db
      .selectFrom("links")
      .select(["item_id", "linked_id"])
      .where("account_id", "=", accountId)
      .where("item_id", "in", itemIds)
      .orderBy("item_id")
      .orderBy("linked_id")
      .execute();
  }

  async add(accountId: number, itemId: number, linkedIds: readonly number[]): Promise<void> {
    for (const chunk of chunked(linkedIds)) {
      const rows = chunk.flatMap((linkedId) => [
        { account_id: accountId, item_id: itemId, linked_id: linkedId },
        { account_id: accountId, item_id: linkedId, linked_id: itemId },
      ]);
      await this.db
        .insertInto("links")
        .values(rows)
        .onConflict((c) => c.doNothing())
        .execute();
    }
  }

  async remove(accountId: number, itemId: number, linkedIds: readonly number[]): Promise<void> {
    for (const chunk of chunked(linkedIds)) {
      await this.db
        .deleteFrom("links")
        .where("account_id", "=", accountId)
        .where((eb) =>
          eb.or([
            eb.and([eb("item_id", "=", itemId), eb("linked_id", "in", chunk)]),
            eb.and([eb("linked_id", "=", itemId), eb("item_id", "in", chunk)]),
          ]),
        )
        .execute();
    }
  }
}
