import { type Kysely, sql } from "kysely";
import { AccountStore } from "./account-store.js";
import { AttributeStore } from "./attribute-store.js";
import { CatalogStore } from "./catalog-store.js";
import type { StoreDialect } from "./dialect.js";
import { ItemStore } from "./item-store.js";
import { LinkStore } from "./link-store.js";
import type { Database } from "./schema.js";
import { UserStore } from "./user-store.js";

/**
 * Everything Flextory keeps, whichever database holds it. A Store bound to
 * a transaction has the same shape, so services never ask which they hold.
 */
export class Store {
  readonly accounts: AccountStore;
  readonly users: UserStore;
  readonly itemTypes: CatalogStore;
  readonly categories: CatalogStore;
  readonly items: ItemStore;
  readonly attributes: AttributeStore;
  readonly links: LinkStore;

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
    private readonly inTransaction = false,
  ) {
    this.accounts = new AccountStore(db);
    this.users = new UserStore(db);
    this.itemTypes = new CatalogStore(db, "item_types");
    this.categories = new CatalogStore(db, "categories");
    this.items = new ItemStore(db);
    this.attributes = new AttributeStore(db);
    this.links = new LinkStore(db);
  }

  /**
   * Runs `work` in one transaction: all of it is written, or none. On SQLite
   * the write lock is taken at the start, so that a transaction that reads
   * and then writes never fails because another process wrote in between.
   */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);

    return this.db.connection().execute(async (connection) => {
      await sql.raw(this.dialect.beginStatement).execute(connection);
      try {
        const result = await work(new Store(connection, this.dialect, true));
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
