import type { Kysely } from "kysely";
import { fold } from "../domain/fold.js";
import { insertAccountRows, rowsAfterId } from "./account-rows.js";
import type { Database, UserTable } from "./schema.js";

export type UserRow = Omit<UserTable, "id"> & { id: number };

/** A user with the state of its account, as authentication needs it. */
export interface UserWithAccount extends UserRow {
  account_suspended: 0 | 1;
}

/** The one server-wide table: user names are unique across accounts. */
export class UserStore {
  constructor(private readonly db: Kysely<Database>) {}

  /** Exact name, as a signed request gives it. */
  async byName(name: string): Promise<UserWithAccount | undefined> {
    return this.db
      .selectFrom("users")
      .innerJoin("accounts", "accounts.id", "users.account_id")
      .selectAll("users")
      .select("accounts.suspended as account_suspended")
      .where("users.name", "=", name)
      .executeTakeFirst();
  }

  /** Whether a name, ignoring case and accents, is taken. */
  async nameTaken(name: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("users")
      .select("id")
      .where("name_folded", "=", fold(name))
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The account's first administrator, the one CLI commands act for by default. */
  async firstAdmin(accountId?: number): Promise<UserRow | undefined> {
    let query = this.db.selectFrom("users").selectAll().where("role", "=", "admin");
    if (accountId !== undefined) query = query.where("account_id", "=", accountId);
    return query.orderBy("id").executeTakeFirst();
  }

  async create(user: Omit<UserRow, "id" | "name_folded">): Promise<UserRow> {
    return this.db
      .insertInto("users")
      .values({ ...user, name_folded: fold(user.name) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Up to `limit` users of the account with ids above `afterId`, by id. */
  async rowsAfter(
    accountId: number,
    afterId: number | undefined,
    limit: number,
  ): Promise<UserRow[]> {
    return rowsAfterId(this.db, "users", accountId, afterId, limit);
  }

  /** Writes users of the account as they are: ids, keys, password hashes and dates. */
  async insertRows(accountId: number, rows: readonly UserRow[]): Promise<void> {
    await insertAccountRows(this.db, "users", accountId, rows);
  }

  async update(
    id: number,
    fields: Partial<Pick<UserRow, "role" | "private_key" | "password_hash" | "disabled">>,
  ): Promise<void> {
    await this.db.updateTable("users").set(fields).where("id", "=", id).execute();
  }
}
