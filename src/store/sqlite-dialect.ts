import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "./dialect.js";
import {
  ATTRIBUTE_VALUES,
  createTrigramIndex,
  ITEM_NAMES,
  trigramFilter,
} from "./sqlite-trigrams.js";

/** SQLite: ids are rowids, which AUTOINCREMENT never hands out twice. */
export const sqliteDialect: StoreDialect = {
  name: "sqlite",
  // SQLite's own busy timeout is short; Store waits out the rest by trying again.
  beginStatements: () => ["begin immediate"],
  indexedValueLength: undefined,
  // A deferred transaction in WAL mode reads one snapshot and takes no write lock.
  snapshotStatement: "begin deferred",

  addIdColumn(table) {
    return table.addColumn("id", "integer", (column) => column.primaryKey().autoIncrement());
  },

  isBusy(error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    return typeof code === "string" && code.startsWith("SQLITE_BUSY");
  },

  addRowIdColumn(table) {
    // A plain INTEGER PRIMARY KEY is the rowid: stable, so a search index may point at it.
    return table.addColumn("id", "integer", (column) => column.primaryKey());
  },

  async createSubstringIndexes(db) {
    await createTrigramIndex(db, ITEM_NAMES);
    await createTrigramIndex(db, ATTRIBUTE_VALUES);
  },

  substringFilter(target, runs) {
    return trigramFilter(target === "itemNames" ? ITEM_NAMES : ATTRIBUTE_VALUES, runs);
  },

  foldedText(column) {
    return column;
  },

  // A SQLite file is always there to be reached, and always takes writes.
  faultOf() {
    return undefined;
  },

  async isReadOnly() {
    return false;
  },

  async currentSchema() {
    return undefined;
  },

  // SQLite raises an AUTOINCREMENT table's entry in sqlite_sequence on every insert, given
  // ids included, and numbers a plain rowid table past its largest rowid: nothing to move.
  async resetIdCounters() {},

  // The store's queries are written for SQLite's plans without statistics (see item-store.ts);
  // gathering some could change those plans.
  async refreshStatistics() {},

  async prepare(db: Kysely<unknown>) {
    await sql`pragma journal_mode = wal`.execute(db);
    await sql`pragma synchronous = normal`.execute(db);
    await sql`pragma foreign_keys = on`.execute(db);
  },
};
