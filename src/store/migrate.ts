import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { ConfigError } from "../config/config.js";
import type { StoreDialect } from "./dialect.js";
import * as initial from "./migrations/0001-initial.js";
import * as substringSearch from "./migrations/0002-substring-search.js";

/** Every migration, in order. One list serves every database. */
const MIGRATIONS: ReadonlyArray<
  [string, { up(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> }]
> = [
  ["0001-initial", initial],
  ["0002-substring-search", substringSearch],
];

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: StoreDialect) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const entries = MIGRATIONS.map(([name, module]): [string, Migration] => [
      name,
      { up: (db) => module.up(db, this.dialect) },
    ]);
    return Object.fromEntries(entries);
  }
}

/**
 * Brings the schema up to date; throws with the failing migration's name.
 * `db` is inside a write transaction that the caller holds (Store.migrate):
 * processes that start together then migrate one after the other, and the
 * later ones find nothing left to do. Kysely locks migrations on its own
 * only on some databases, and not across SQLite processes.
 */
export async function migrateToLatest(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  // Named, or Kysely takes a migration table in any other schema for this one's.
  const migrationTableSchema = await dialect.currentSchema(db);
  const migrator = new Migrator({
    db,
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
    provider: new StaticProvider(dialect),
    migrationTableName: "flextory_migrations",
    migrationLockTableName: "flextory_migrations_lock",
    disableTransactions: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  // A migration that says in a sentence what to do says it best alone.
  if (error instanceof ConfigError) throw error;

  const failed = results?.find((result) => result.status === "Error");
  throw new Error(`migration ${failed?.migrationName ?? "(unknown)"} failed`, { cause: error });
}
