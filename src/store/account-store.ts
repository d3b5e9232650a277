import type { Kysely } from "kysely";
import { fold } from "../domain/fold.js";
import type { AccountTable, Database } from "./schema.js";

export type AccountRow = Omit<AccountTable, "id"> & { id: number };

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

  async setSuspended(id: number, suspended: boolean): Promise<void> {
    await this.db
      .updateTable("accounts")
      .set({ suspended: suspended ? 1 : 0 })
      .where("id", "=", id)
      .execute();
  }
}
