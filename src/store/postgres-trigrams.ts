import { type Kysely, sql } from "kysely";
import { ConfigError } from "../config/config.js";

/**
 * GIN indexes of pg_trgm over folded item names and attribute values, which
 * PostgreSQL uses for `LIKE '%…%'` on its own. The operator class is named
 * with the schema the extension lives in, which need not be on the path of
 * a store kept in a schema of its own.
 */
export async function createTrigramIndexes(db: Kysely<unknown>): Promise<void> {
  await createExtension(db);
  const opclass = sql`${sql.id(await usableExtensionSchema(db))}.gin_trgm_ops`;

  await sql`create index items_name_trgm on items using gin (name_folded ${opclass})`.execute(db);
  await sql`create index attributes_value_trgm on attributes
    using gin (value_folded ${opclass})`.execute(db);
}

/**
 * Makes pg_trgm where every store of the database can share it: in
 * `public`. A role that may not create there (the default from PostgreSQL
 * 15 on, unless it owns the database) makes it in the store's own schema.
 * An extension in a store's schema would go with that schema, and take the
 * other stores' indexes with it.
 */
async function createExtension(db: Kysely<unknown>): Promise<void> {
  await sql`savepoint flextory_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`release savepoint flextory_trgm`.execute(db);
  } catch (error) {
    if ((error as { code?: unknown }).code !== INSUFFICIENT_PRIVILEGE) throw error;
    await sql`rollback to savepoint flextory_trgm`.execute(db);
    await sql`create extension if not exists pg_trgm`.execute(db);
  }
}

const INSUFFICIENT_PRIVILEGE = "42501";

/** The schema pg_trgm lives in, refused in a clear sentence when this role cannot use it. */
async function usableExtensionSchema(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ schema: string; usable: boolean }>`
    select n.nspname as schema, has_schema_privilege(n.oid, 'USAGE') as usable
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'`.execute(db);
  const found = rows[0];
  if (found === undefined) throw new ConfigError("the pg_trgm extension could not be created");
  if (found.usable) return found.schema;
  throw new ConfigError(
    `pg_trgm is installed in schema "${found.schema}", which this role may not use: ` +
      `run \`grant usage on schema ${found.schema} to <role>\`, or ` +
      "`alter extension pg_trgm set schema public` as its owner",
  );
}
