import type { Config } from "../config/config.js";
import { type OpenOptions, openPostgresStore } from "./open-postgres-store.js";
import { openSqliteStore } from "./open-sqlite-store.js";
import type { Store } from "./store.js";

export { DATABASE_FILE, openSqliteStore } from "./open-sqlite-store.js";

/** Opens the store the configuration names: PostgreSQL when it has a URL, else SQLite. */
export async function openStore(config: Config, options: OpenOptions = {}): Promise<Store> {
  if (config.databaseUrl === undefined) return openSqliteStore(config.dataDir, options);
  return openPostgresStore(config.databaseUrl, config.databasePoolSize, options);
}
