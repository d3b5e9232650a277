import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { DATABASE_FILE, openSqliteStore } from "../../dist/store/open-store.js";
import type { Store } from "../../dist/store/store.js";
import type { LimitReader } from "../limits/limit-reader.js";
import { openSqliteLimitReader } from "../limits/sqlite/limit-reader.js";
import { timeStoreScan } from "../limits/sqlite/store-scan.js";
import { timeStoreWrites } from "../limits/sqlite/store-writes.js";
import type { WorkFolder } from "../work-folder.js";
import type { BenchStore } from "./bench-store.js";

/** The SQLite store: a folder of the work folder, gone with it. */
export class SqliteBenchStore implements BenchStore {
  readonly name = "sqlite";
  readonly flags: readonly string[];
  readonly #file: string;

  constructor(private readonly work: WorkFolder) {
    this.flags = ["--data", work.importData];
    this.#file = path.join(work.importData, DATABASE_FILE);
  }

  async version(): Promise<string> {
    const db = new SqliteDatabase(":memory:");
    try {
      const row = db.prepare("select sqlite_version() as version").get() as { version: string };
      return `SQLite ${row.version}`;
    } finally {
      db.close();
    }
  }

  // `flextory account add` makes the folder and the file; the work folder is new.
  async create(): Promise<void> {}

  open(): Promise<Store> {
    return openSqliteStore(this.work.importData);
  }

  // SQLite plans without statistics unless asked to gather them; the store never asks.
  async settle(): Promise<void> {}

  async timeWrites(items: number, seed: number): Promise<{ itemsPerSecond: number }> {
    try {
      return await timeStoreWrites(this.work.limitData, items, seed);
    } finally {
      fs.rmSync(this.work.limitData, { recursive: true, force: true });
    }
  }

  async openLimitReader(userName: string): Promise<LimitReader> {
    return openSqliteLimitReader(this.#file, userName);
  }

  async timeScan(accountId: number): Promise<{ itemsPerSecond: number }> {
    return timeStoreScan(this.#file, accountId);
  }

  // The store lives in the work folder, which the run removes or keeps.
  async remove(): Promise<void> {}
}
