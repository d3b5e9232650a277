import { type Kysely, sql } from "kysely";

/**
 * GIN indexes of pg_trgm over folded item names and attribute values, which
 * PostgreSQL uses for `LIKE '%…%'` on its own. The operator class is named
 * with the schema the extension lives in, which need not be on the path of
 * a store kept in a schema of its own.
 */
export async function createTrigramIndexes(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e
    join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  const schema = rows[0]?.schema ?? "public";
  const opclass = sql`${sql.id(schema)}.gin_trgm_ops`;

  await sql`create index items_name_trgm on items using gin (name_folded ${opclass})`.execute(db);
  await sql`create index attributes_value_trgm on attributes
    using gin (value_folded ${opclass})`.execute(db);
}
