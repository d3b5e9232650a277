/**
 * The PostgreSQL database that test stores are made in, each in a schema of
 * its own. Read by vitest.config.ts too, so it imports nothing.
 */
export const TEST_DATABASE_URL =
  process.env.FLEXTORY_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
