import type { Kysely } from "kysely";
import { fold } from "../domain/fold.js";
import { insertChunks } from "./chunks.js";
import type { CatalogKind, Database } from "./schema.js";

export interface CatalogEntry {
  id: number;
  name: string;
}

/** An entry as stored, with the folded name its uniqueness is checked on. */
export interface CatalogRow extends CatalogEntry {
  name_folded: string;
}

const CATALOG_COLUMNS = 4;

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
    let query = this.db
      .selectFrom(this.table)
      .select(["id", "name", "name_folded"])
      .where("account_id", "=", accountId)
      .orderBy("id")
      .limit(limit);
    if (afterId !== undefined) query = query.where("id", ">", afterId);
    return query.execute();
  }

  /** Writes entries of the account with the ids they had, as a copy of a store needs. */
  async insertRows(accountId: number, rows: readonly CatalogRow[]): Promise<void> {
    for (const chunk of insertChunks(rows, CATALOG_COLUMNS)) {
      const values = chunk.map((row) => ({ ...row, account_id: accountId }));
      await this.db.insertInto(this.table).values(values).execute();
    }
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
