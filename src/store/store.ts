import { type Kysely, type RawBuilder, sql } from "kysely";
import { AccountStore } from "./account-store.js";
import { AttributeStore } from "./attribute-store.js";
import { CatalogStore } from "./catalog-store.js";
import type { StoreDialect } from "./dialect.js";
import { ItemStore } from "./item-store.js";
import { LinkStore } from "./link-store.js";
import { migrateToLatest } from "./migrate.js";
import { countRows, type RowCounts } from "./row-counts.js";
import type { Database } from "./schema.js";
import { UserStore } from "./user-store.js";
import { LockBusyError, WRITE_LOCK_WAIT_MS, WriterQueue, withWriteLock } from "./write-lock.js";

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
  /** Writers of this process wait here, so that waiting holds no database connection. */
  private readonly writers = new WriterQueue();

  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: StoreDialect,
    /** How many transactions this store is inside: 0 outside, 1 in one, more in savepoints. */
    private readonly depth = 0,
  ) {
    this.accounts = new AccountStore(db);
    this.users = new UserStore(db);
    this.itemTypes = new CatalogStore(db, "item_types");
    this.categories = new CatalogStore(db, "categories");
    this.items = new ItemStore(db, dialect);
    this.attributes = new AttributeStore(db);
    this.links = new LinkStore(db);
  }

  /**
   * Runs `work` in one transaction: all of it is written, or none. On SQLite
   * the write lock is taken at the start, so that a transaction that reads
   * and then writes never fails because another process wrote in between.
   * Inside a transaction, a savepoint does the same for a part of it.
   */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.depth > 0) return this.savepoint(work);
    // One wait in all, from now: a writer queued behind others in this process
    // does not get a fresh wait of its own once its turn comes.
    const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
    return this.writers.run(() =>
      withWriteLock(deadline, (waitMs) => this.runTransaction(work, waitMs)),
    );
  }

  private async runTransaction<T>(work: (tx: Store) => Promise<T>, waitMs: number): Promise<T> {
    return this.db.connection().execute(async (connection) => {
      await this.begin(connection, waitMs);
      try {
        const result = await work(new Store(connection, this.dialect, 1));
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        throw await undone(error, [sql`rollback`], connection);
      }
    });
  }

  /** Begins a write transaction; another process holding the store is a LockBusyError. */
  private async begin(connection: Kysely<Database>, waitMs: number): Promise<void> {
    const [open, ...lock] = this.dialect.beginStatements(waitMs);
    try {
      if (open !== undefined) await sql.raw(open).execute(connection);
    } catch (error) {
      throw this.busyOr(error);
    }
    try {
      for (const statement of lock) await sql.raw(statement).execute(connection);
    } catch (error) {
      throw await undone(this.busyOr(error), [sql`rollback`], connection);
    }
  }

  private busyOr(error: unknown): unknown {
    if (!this.dialect.isBusy(error)) return error;
    return new LockBusyError("another process is writing to the store", { cause: error });
  }

  /**
   * Runs `work`, which only reads, on one consistent snapshot of the store,
   * so that a long read such as an export sees no write made meanwhile.
   * It takes no write lock: writers go on.
   */
  async snapshot<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.depth > 0) return work(this);

    return this.db.connection().execute(async (connection) => {
      await sql.raw(this.dialect.snapshotStatement).execute(connection);
      let result: T;
      try {
        result = await work(new Store(connection, this.dialect, 1));
      } catch (error) {
        throw await undone(error, [sql`rollback`], connection);
      }
      await sql`rollback`.execute(connection);
      return result;
    });
  }

  private async savepoint<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    const name = sql.id(`flextory_${this.depth}`);
    await sql`savepoint ${name}`.execute(this.db);
    try {
      const result = await work(new Store(this.db, this.dialect, this.depth + 1));
      await sql`release savepoint ${name}`.execute(this.db);
      return result;
    } catch (error) {
      const undo = [sql`rollback to savepoint ${name}`, sql`release savepoint ${name}`];
      throw await undone(error, undo, this.db);
    }
  }

  /** How many rows each table holds, across every account. */
  countRows(): Promise<RowCounts> {
    return countRows(this.db);
  }

  /** Moves the id counters past the largest ids, after rows were written with given ids. */
  resetIdCounters(): Promise<void> {
    return this.dialect.resetIdCounters(this.db as Kysely<unknown>);
  }

  /** Has the database count rows again for its planner, after many were written at once. */
  refreshStatistics(): Promise<void> {
    return this.dialect.refreshStatistics(this.db as Kysely<unknown>);
  }

  /** Brings the schema up to date in one write transaction; see migrate.ts. */
  async migrate(): Promise<void> {
    await this.transaction((tx) => migrateToLatest(tx.db as Kysely<unknown>, this.dialect));
  }

  /**
   * Whether the database answers and takes writes: "ok", or "read-only" on
   * a replica; rejects when it cannot be reached.
   */
  async ping(): Promise<"ok" | "read-only"> {
    return (await this.dialect.isReadOnly(this.db as Kysely<unknown>)) ? "read-only" : "ok";
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/**
 * Rolls back after `error`, and returns `error` to throw. When a rollback
 * fails, the database has already rolled back on its own (SQLite does on
 * some errors), so the error worth reporting is still the first one.
 */
async function undone(
  error: unknown,
  statements: ReadonlyArray<RawBuilder<unknown>>,
  db: Kysely<Database>,
): Promise<unknown> {
  try {
    for (const statement of statements) await statement.execute(db);
  } catch (rollbackError) {
    if (error instanceof Error && error.cause === undefined) {
      Object.assign(error, { cause: rollbackError });
    }
  }
  return error;
}
