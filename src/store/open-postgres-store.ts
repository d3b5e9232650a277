import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { ConfigError, redactUrl } from "../config/config.js";
import { postgresDialect } from "./postgres-dialect.js";
import type { Database } from "./schema.js";
import { Store } from "./store.js";
import { missingStore } from "./store-faults.js";

const INT8 = 20;

/** A request that cannot get a connection in this time fails instead of waiting on. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Counts come back as int8, which pg hands over as strings; every number
 * Flextory keeps fits a JavaScript number. Set on this pool only, not for
 * every pg client in the process.
 */
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8 && format !== "binary") return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * The first query, which shows whether the database can be used at all: a
 * refused connection, a wrong name or password is one line naming the URL.
 */
async function firstContact(db: Kysely<unknown>, url: string): Promise<void> {
  try {
    await postgresDialect.prepare(db);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`cannot use the PostgreSQL store at ${redactUrl(url)}: ${reason}`, {
      cause: error,
    });
  }
}

async function refuseEmpty(db: Kysely<unknown>, url: string): Promise<void> {
  const { rows } = await sql<{ found: string | null }>`
    select to_regclass('flextory_migrations')::text as found`.execute(db);
  if (rows[0]?.found !== null && rows[0]?.found !== undefined) return;
  throw missingStore(redactUrl(url));
}

/**
 * Opens the PostgreSQL store at `url` and brings its schema up to date.
 * Copies starting together migrate once: Kysely's migrator holds an
 * advisory lock while it works.
 */
export interface OpenOptions {
  /** Told of a connection that broke while no request used it. */
  onIdleError?: (error: Error) => void;
  /**
   * Refuse a database that holds no Flextory store yet, instead of making
   * one: for commands that only read or change a store that should be there.
   */
  mustExist?: boolean;
}

export async function openPostgresStore(
  url: string,
  poolSize = 10,
  { onIdleError = () => undefined, mustExist = false }: OpenOptions = {},
): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types,
    application_name: "flextory",
    // Finds a database machine gone without a word (no reset) instead of waiting on it.
    keepAlive: true,
  });
  // A connection that breaks while idle (the database restarted) is dropped
  // and replaced on next use; unheard, the pool's error event ends the process.
  pool.on("error", onIdleError);
  // pg-pool listens for a connection's errors only while it is idle: one that
  // breaks while lent out (a backend terminated, a failover) would end the
  // process. The query it was running fails, and the request with it.
  pool.on("connect", (client) => {
    client.on("error", onIdleError);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const store = new Store(db, postgresDialect);
  try {
    await firstContact(db as Kysely<unknown>, url);
    if (mustExist) await refuseEmpty(db as Kysely<unknown>, url);
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
