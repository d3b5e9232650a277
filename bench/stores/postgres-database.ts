import pg from "pg";
import { redactUrl } from "../../dist/config/config.js";

/** Every database the bench makes and drops is named so: it drops no other. */
export const BENCH_DATABASE_PREFIX = "flextory_bench";

/** The database an administrator's connection goes to, to drop and make others. */
const MAINTENANCE_DATABASE = "postgres";

/**
 * Checks a `--database` URL: PostgreSQL, naming a database whose name
 * starts with `flextory_bench`, since the run drops it. Returns the URL.
 */
export function checkBenchDatabaseUrl(url: string): string {
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`--database must be a postgres:// URL, not "${redactUrl(url)}"`);
  }
  const name = databaseName(url);
  if (!/^[a-z0-9_]+$/.test(name) || !name.startsWith(BENCH_DATABASE_PREFIX)) {
    throw new Error(
      `--database: the bench drops and makes its database afresh, so its name must start ` +
        `with ${BENCH_DATABASE_PREFIX} and hold only a-z, 0-9 and _, not "${name}"`,
    );
  }
  return url;
}

/** The database a URL names. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Drops the URL's database if it exists, and makes it again, empty, in UTF-8. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = pg.escapeIdentifier(databaseName(checkBenchDatabaseUrl(url)));
  await asAdministrator(url, async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name} encoding 'UTF8' template template0`);
  });
}

/** Drops the URL's database, and with it every connection still open to it. */
export async function dropDatabase(url: string): Promise<void> {
  const name = pg.escapeIdentifier(databaseName(checkBenchDatabaseUrl(url)));
  await asAdministrator(url, (client) =>
    client.query(`drop database if exists ${name} with (force)`),
  );
}

/** The same database, with `schema` alone on the search path: a store of its own. */
export function schemaUrl(url: string, schema: string): string {
  const inSchema = new URL(url);
  inSchema.searchParams.set("options", `-c search_path=${schema}`);
  return inSchema.toString();
}

/** Runs `work` on one connection to the URL's database, closed after. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url, application_name: "flextory-bench" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `PostgreSQL 15.20`: the server's version, for the report. */
export async function serverVersion(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ server_version: string }>("show server_version");
    return `PostgreSQL ${rows[0]?.server_version.split(" ")[0] ?? "unknown"}`;
  });
}

function asAdministrator<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const maintenance = new URL(url);
  maintenance.pathname = `/${MAINTENANCE_DATABASE}`;
  return withClient(maintenance.toString(), work);
}
