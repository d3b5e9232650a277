import type { Kysely } from "kysely";
import { fold } from "../domain/fold.js";
import type { CatalogKind, Database } from "./schema.js";

export interface CatalogEntry {
  id: number;
  name: string;
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

  async create(accountId: number, name: string): Promise<CatalogEntry> {
    const row = await this.db
      .insertInto(this.table)
      .values({ account_id: accountId, name, name_folded: fold(name) })
      .returning(["id", "name"])
      .executeTakeFirstOrThrow();
    return row;
  }
}
