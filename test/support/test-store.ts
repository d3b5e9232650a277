import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { type Config, type ConfigFlags, loadConfig } from "../../src/config/config.js";
import { DATABASE_FILE, openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { TEST_DATABASE_URL } from "./test-database-url.js";

/**
 * Which database this test run keeps its stores in. `npm test` runs the
 * whole suite once on each: the `postgres` project of vitest.config.ts sets
 * FLEXTORY_TEST_STORE.
 */
export const ON_POSTGRES = process.env.FLEXTORY_TEST_STORE === "postgres";

export { TEST_DATABASE_URL };

/** Schemas of test stores start with this, so a run can clear what a killed run left. */
export const TEST_SCHEMA_PREFIX = "flextory_test_";

/**
 * A fresh, empty place for a store: a temporary folder, and on PostgreSQL a
 * new schema too. The folder also holds the test's own files.
 */
export interface TestStoreLocation {
  /** A temporary folder; the SQLite store's when on SQLite. */
  dir: string;
  /** The store's URL when on PostgreSQL. */
  databaseUrl: string | undefined;
  /** CLI arguments that point a command at this store. */
  args: string[];
  /** Environment that points a server or command at this store. */
  env: Record<string, string>;
  config(flags?: ConfigFlags, env?: Record<string, string>): Config;
  open(): Promise<Store>;
  /** Removes the folder and the schema. */
  remove(): Promise<void>;
}

let made = 0;

/** A fresh place in the database of this run's pass. */
export async function newStoreLocation(prefix = "flextory-test-"): Promise<TestStoreLocation> {
  return newLocation(ON_POSTGRES ? "postgres" : "sqlite", prefix);
}

/** A fresh SQLite folder, whichever pass runs: for tests that move data between databases. */
export function newSqliteLocation(prefix = "flextory-test-"): Promise<TestStoreLocation> {
  return newLocation("sqlite", prefix);
}

/** A fresh PostgreSQL schema, whichever pass runs: for tests that move data between databases. */
export async function newPostgresLocation(prefix = "flextory-test-"): Promise<TestStoreLocation> {
  await trigramsInPublic();
  return newLocation("postgres", prefix);
}

async function newLocation(
  database: "sqlite" | "postgres",
  prefix: string,
): Promise<TestStoreLocation> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const databaseUrl = database === "postgres" ? await createSchema() : undefined;
  const location: TestStoreLocation = {
    dir,
    databaseUrl,
    args: databaseUrl === undefined ? ["--data", dir] : ["--database", databaseUrl],
    env:
      databaseUrl === undefined
        ? { FLEXTORY_DATA_DIR: dir }
        : { FLEXTORY_DATABASE_URL: databaseUrl },
    config: (flags = {}, env = {}) =>
      loadConfig({ ...flags, ...storeFlags(location) }, { FLEXTORY_LOG_LEVEL: "silent", ...env }),
    open: () => openStore(location.config()),
    async remove() {
      fs.rmSync(dir, { recursive: true, force: true });
      if (databaseUrl !== undefined) await dropSchema(schemaOf(databaseUrl));
    },
  };
  return location;
}

function storeFlags(location: TestStoreLocation): ConfigFlags {
  return location.databaseUrl === undefined
    ? { data: location.dir }
    : { database: location.databaseUrl };
}

async function createSchema(): Promise<string> {
  made += 1;
  // The counter starts again in each test file, and files may share a process.
  const schema = `${TEST_SCHEMA_PREFIX}${process.pid}_${made}_${randomBytes(4).toString("hex")}`;
  await withAdmin((client) => client.query(`create schema ${schema}`));
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${schema},public`);
  return url.toString();
}

let trigramsReady: Promise<void> | undefined;

/**
 * pg_trgm where every test schema sees it, as the PostgreSQL pass's setup
 * makes it; the SQLite pass has no such setup, and a store migrated first
 * would otherwise make the extension in its own schema, to go with it.
 */
function trigramsInPublic(): Promise<void> {
  trigramsReady ??= withAdmin(async (client) => {
    await client
      .query("create extension if not exists pg_trgm with schema public")
      .catch(async (error: unknown) => {
        // Another process's setup may have made it between the check and the create.
        const { rowCount } = await client.query(
          "select from pg_extension where extname = 'pg_trgm'",
        );
        if (rowCount === 0) throw error;
      });
  });
  return trigramsReady;
}

function schemaOf(databaseUrl: string): string {
  const options = new URL(databaseUrl).searchParams.get("options") ?? "";
  const schema = /search_path=([a-z0-9_]+)/.exec(options)?.[1];
  if (schema === undefined) throw new Error(`no test schema in ${databaseUrl}`);
  return schema;
}

async function dropSchema(schema: string): Promise<void> {
  await withAdmin((client) => client.query(`drop schema if exists ${schema} cascade`));
}

/** Runs `work` on a connection to the test database outside any store. */
export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Makes the store refuse every insert into `table` with `message`, as a
 * real fault of the store would (a full disk, a broken statement): the
 * statement fails and the transaction can go on.
 */
export async function refuseInserts(
  location: TestStoreLocation,
  table: string,
  message: string,
): Promise<void> {
  if (location.databaseUrl === undefined) {
    const db = new SqliteDatabase(path.join(location.dir, DATABASE_FILE));
    db.exec(
      `create trigger refuse_${table} before insert on ${table} ` +
        `begin select raise(abort, '${message}'); end`,
    );
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  await client.query(`create function refuse_${table}() returns trigger language plpgsql
    as $$ begin raise exception '${message}'; end $$`);
  await client.query(`create trigger refuse_${table} before insert on ${table}
    for each row execute function refuse_${table}()`);
  await client.end();
}

/** Drops a table under a running server, as a damaged store would look to it. */
export async function dropTable(location: TestStoreLocation, table: string): Promise<void> {
  if (location.databaseUrl === undefined) {
    const db = new SqliteDatabase(path.join(location.dir, DATABASE_FILE));
    db.exec(`drop table ${table}`);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: location.databaseUrl });
  await client.connect();
  await client.query(`drop table ${table} cascade`);
  await client.end();
}

/**
 * Has another process's store hold the write lock until `release` is
 * called: a second store opened on the same place, inside a transaction.
 */
export async function holdWriteLock(location: TestStoreLocation): Promise<() => Promise<void>> {
  const other = await location.open();
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked = () => {};
  const holding = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const transaction = other.transaction(async () => {
    locked();
    await released;
  });
  await holding;
  return async () => {
    release();
    await transaction;
    await other.close();
  };
}

/** The same PostgreSQL store reached through another URL, such as a relay's port. */
export function reachedThrough(
  location: TestStoreLocation,
  databaseUrl: string,
): TestStoreLocation {
  const through: TestStoreLocation = {
    ...location,
    databaseUrl,
    args: ["--database", databaseUrl],
    env: { FLEXTORY_DATABASE_URL: databaseUrl },
    config: (flags = {}, env = {}) =>
      loadConfig({ ...flags, database: databaseUrl }, { FLEXTORY_LOG_LEVEL: "silent", ...env }),
    open: () => openStore(through.config()),
  };
  return through;
}
