import type { Kysely } from "kysely";
import { fold } from "../domain/fold.js";
import { insertChunks } from "./chunks.js";
import type { AccountTable, Database } from "./schema.js";

export type AccountRow = Omit<AccountTable, "id"> & { id: number };

const ACCOUNT_COLUMNS = 5;

export class AccountStore {
  constructor(private readonly db: Kysely<Database>) {}

  async byName(name: string): Promise<AccountRow | undefined> {
    return this.db
      .selectFrom("accounts")
      .selectAll()
      .where("name_folded", "=", fold(name))
      .executeTakeFirst();
  }

  async byId(id: number): Promise<AccountRow | undefined> {
    return this.db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("accounts")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async create(name: string, createdAt: string): Promise<AccountRow> {
    return this.db
      .insertInto("accounts")
      .values({ name, name_folded: fold(name), suspended: 0, created_at: createdAt })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Up to `limit` accounts with ids above `afterId` (from the first when undefined), by id. */
  async rowsAfter(afterId: number | undefined, limit: number): Promise<AccountRow[]> {
    let query = this.db.selectFrom("accounts").selectAll().orderBy("id").limit(limit);
    if (afterId !== undefined) query = query.where("id", ">", afterId);
    return query.execute();
  }

  /** Writes accounts as they are, ids and dates included, as a copy of a store needs. */
  async insertRows(rows: readonly AccountRow[]): Promise<void> {
    for (const chunk of insertChunks(rows, ACCOUNT_COLUMNS)) {
      await this.db.insertInto("accounts").values(chunk).execute();
    }
  }

  async setSuspended(id: number, suspended: boolean): Promise<void> {
    await this.db
      .updateTable("accounts")
      .set({ suspended: suspended ? 1 : 0 })
      .where("id", "=", id)
      .execute();
  }
}
