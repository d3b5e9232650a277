import { isRunning } from "./running.js";
import { TEST_DATABASE_URL, TEST_SCHEMA_PREFIX, withAdmin } from "./test-store.js";

/**
 * Before the PostgreSQL pass: checks that the test database answers, adds
 * pg_trgm where every test schema sees it, and drops schemas that a killed
 * run left behind (their process is gone; another run's are kept).
 */
export default async function setup(): Promise<void> {
  await withAdmin(async (client) => {
    await client.query("create extension if not exists pg_trgm with schema public");
    const { rows } = await client.query<{ name: string }>(
      "select nspname as name from pg_namespace where starts_with(nspname, $1)",
      [TEST_SCHEMA_PREFIX],
    );
    const left = rows.filter(({ name }) => !isRunning(Number(name.split("_")[2])));
    for (const { name } of left) await client.query(`drop schema ${name} cascade`);
  }).catch((error: unknown) => {
    throw new Error(
      `the PostgreSQL pass needs ${TEST_DATABASE_URL} (set FLEXTORY_TEST_DATABASE_URL)`,
      { cause: error },
    );
  });
}
