import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./schema.js";
import { sqliteDialect } from "./sqlite-dialect.js";
import { withStatementCache } from "./statement-cache.js";
import { Store } from "./store.js";
import { missingStore } from "./store-faults.js";
import { LockBusyError, WRITE_LOCK_WAIT_MS, withWriteLock } from "./write-lock.js";

/**
 * How long SQLite itself waits for a lock. better-sqlite3 waits on the event
 * loop, so this stays short; a transaction waits longer, without blocking,
 * by trying again (see write-lock.ts).
 */
const BUSY_TIMEOUT_MS = 50;

export const DATABASE_FILE = "flextory.sqlite";

/**
 * Sets the connection up, trying again while another process holds the
 * store: switching a new file to WAL needs it alone, and a second server
 * started at the same moment may be migrating it.
 */
async function prepareWhenFree(db: Kysely<unknown>): Promise<void> {
  await withWriteLock(Date.now() + WRITE_LOCK_WAIT_MS, async () => {
    try {
      await sqliteDialect.prepare(db);
    } catch (error) {
      if (!sqliteDialect.isBusy(error)) throw error;
      throw new LockBusyError("another process holds the new store", { cause: error });
    }
  });
}

/**
 * Opens (and creates, and migrates) the SQLite store in `dataDir`. A new
 * folder and file are readable by their owner only, since the store holds
 * every user's private key; SQLite gives its WAL files the file's mode.
 */
export async function openSqliteStore(dataDir: string, { mustExist = false } = {}): Promise<Store> {
  const file = path.join(dataDir, DATABASE_FILE);
  if (mustExist && !fs.existsSync(file)) throw missingStore(dataDir);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({
      database: withStatementCache(new SqliteDatabase(file, { timeout: BUSY_TIMEOUT_MS })),
    }),
  });
  await prepareWhenFree(db as Kysely<unknown>);
  const store = new Store(db, sqliteDialect);
  await store.migrate();
  return store;
}
