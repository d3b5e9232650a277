import type { Kysely } from "kysely";
import { fold } from "../domain/fold.js";
import { insertAccountRows, rowsAfterId } from "./account-rows.js";
import type { CatalogKind, Database } from "./schema.js";

export interface CatalogEntry {
  id: number;
  name: string;
}

/** An entry as stored, with the folded name its uniqueness is checked on. */
export interface CatalogRow extends CatalogEntry {
  name_folded: string;
}

/** Item types or categories of one account: names unique ignoring case and accents. */
export class CatalogStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly table: CatalogKind,
  ) {}

  async list(accountId: number): Promise<CatalogEntry[]> {
    return this.db
      .selectFrom(this.table)
      .select(["id", "name"])
      .where("account_id", "=", accountId)
      .orderBy("id")
      .execute();
  }

  async byId(accountId: number, id: number): Promise<CatalogEntry | undefined> {
    return this.db
      .selectFrom(this.table)
      .select(["id", "name"])
      .where("account_id", "=", accountId)
      .where("id", "=", id)
      .executeTakeFirst();
  }

  async byName(accountId: number, name: string): Promise<CatalogEntry | undefined> {
    return this.db
      .selectFrom(this.table)
      .select(["id", "name"])
      .where("account_id", "=", accountId)
      .where("name_folded", "=", fold(name))
      .executeTakeFirst();
  }

  /** Up to `limit` entries of the account with ids above `afterId`, by id. */
  async rowsAfter(
    accountId: number,
    afterId: number | undefined,
    limit: number,
  ): Promise<CatalogRow[]> {
    return rowsAfterId(this.db, this.table, accountId, afterId, limit);
  }

  /** Writes entries of the account with the ids they had, as a copy of a store needs. */
  async insertRows(accountId: number, rows: readonly CatalogRow[]): Promise<void> {
    await insertAccountRows(this.db, this.table, accountId, rows);
  }

  async create(accountId: number, name: string): Promise<CatalogEntry> {
    const row = await this.db
      .insertInto(this.table)
      .values({ account_id: accountId, name, name_folded: fold(name) })
      .returning(["id", "name"])
      .executeTakeFirstOrThrow();
    return row;
  }
}
