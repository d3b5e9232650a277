import { sql } from "kysely";
import { ConfigError } from "../config/config.js";
import type { StoreDialect } from "./dialect.js";
import { postgresFault } from "./postgres-faults.js";
import { createTrigramIndexes } from "./postgres-trigrams.js";
import { NUMBERED_TABLES, TABLES } from "./schema.js";

/**
 * PostgreSQL error codes that mean "another transaction holds what this one
 * needs": lock_not_available, serialization_failure, deadlock_detected.
 */
const BUSY_CODES = new Set(["55P03", "40001", "40P01"]);

/**
 * Characters of an attribute value that its B-tree indexes hold. PostgreSQL
 * refuses index entries over about 2,700 bytes, and a value may be 4,096
 * characters of up to four bytes; 200 characters keep the title-and-value
 * index under that with room to spare.
 */
export const INDEXED_VALUE_LENGTH = 200;

/**
 * PostgreSQL. Writers take one advisory lock, named for the schema, for the
 * whole transaction: every copy of the server then writes one at a time,
 * exactly as on SQLite, so a check followed by a write never races another
 * copy. Readers take no lock.
 */
export const postgresDialect: StoreDialect = {
  name: "postgres",
  beginStatements: (waitMs) => [
    "begin",
    `set local lock_timeout = ${Math.max(1, Math.ceil(waitMs))}`,
    "select pg_advisory_xact_lock(hashtext('flextory writer ' || current_schema()))",
  ],
  snapshotStatement: "begin isolation level repeatable read read only",
  indexedValueLength: INDEXED_VALUE_LENGTH,

  addIdColumn(table) {
    return table.addColumn("id", "integer", (column) =>
      column.primaryKey().generatedByDefaultAsIdentity(),
    );
  },

  addRowIdColumn(table) {
    return table.addColumn("id", "bigint", (column) =>
      column.primaryKey().generatedByDefaultAsIdentity(),
    );
  },

  faultOf(error) {
    return postgresFault(error);
  },

  isBusy(error) {
    const code = (error as { code?: unknown } | undefined)?.code;
    return typeof code === "string" && BUSY_CODES.has(code);
  },

  async createSubstringIndexes(db) {
    await createTrigramIndexes(db);
  },

  // pg_trgm's GIN index serves `LIKE '%run%'` as it is written: nothing to add.
  substringFilter() {
    return undefined;
  },

  foldedText(column) {
    // Byte order of UTF-8, which is code point order, as SQLite compares.
    return column.modifyFront(sql`collate "C"`);
  },

  async isReadOnly(db) {
    const { rows } = await sql<{ replica: boolean }>`select pg_is_in_recovery() as replica`.execute(
      db,
    );
    return rows[0]?.replica === true;
  },

  async currentSchema(db) {
    const { rows } = await sql<{
      schema: string | null;
    }>`select current_schema() as schema`.execute(db);
    const schema = rows[0]?.schema;
    if (schema === null || schema === undefined) {
      throw new ConfigError("no schema of the PostgreSQL search_path exists to hold the store");
    }
    return schema;
  },

  async resetIdCounters(db) {
    // An identity column's sequence ignores ids given by hand; on an empty
    // table max(id) is null, and setval, being strict, leaves the sequence be.
    for (const table of NUMBERED_TABLES) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), max(id))
        from ${sql.table(table)}`.execute(db);
    }
  },

  async refreshStatistics(db) {
    // Until autovacuum comes round, the planner takes tables just filled for
    // nearly empty, and reading them in key order sorts the whole table per batch.
    await sql`analyze ${sql.join(TABLES.map((table) => sql.table(table)))}`.execute(db);
  },

  async prepare(db) {
    const { rows } = await sql<{ server_encoding: string }>`show server_encoding`.execute(db);
    const encoding = rows[0]?.server_encoding;
    if (encoding !== "UTF8") {
      throw new ConfigError(
        `the PostgreSQL database must use the UTF8 encoding, not ${encoding}: ` +
          "create it with `createdb --encoding=UTF8 --template=template0 NAME`",
      );
    }
  },
};
