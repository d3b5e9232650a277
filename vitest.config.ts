import pg from "pg";
import { defineConfig } from "vitest/config";
import { TEST_DATABASE_URL } from "./test/support/test-database-url.js";

/**
 * Whether the PostgreSQL pass runs. In CI it must; on a machine without
 * PostgreSQL it is left out with a note, so that the SQLite pass still tells
 * a new contributor whether their change works.
 */
async function postgresPass(): Promise<boolean> {
  if (process.env.CI === "true" || process.env.FLEXTORY_TEST_STORE === "postgres") return true;
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    process.stderr.write(
      `PostgreSQL is not reachable at ${TEST_DATABASE_URL}: the PostgreSQL pass is skipped ` +
        "(set FLEXTORY_TEST_DATABASE_URL to run it)\n",
    );
    return false;
  }
}

export default defineConfig(async () => {
  const sqlite = { extends: true as const, test: { name: "sqlite" } };
  const postgres = {
    extends: true as const,
    test: {
      name: "postgres",
      env: { FLEXTORY_TEST_STORE: "postgres" },
      globalSetup: ["test/support/postgres-setup.ts"],
    },
  };
  return {
    test: {
      include: ["test/**/*.test.ts", "src/**/*.test.ts"],
      testTimeout: 30_000,
      hookTimeout: 30_000,
      projects: (await postgresPass()) ? [sqlite, postgres] : [sqlite],
    },
  };
});
