import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { ON_POSTGRES, TEST_DATABASE_URL, withAdmin } from "../support/test-store.js";

function urlFor(database: string, password?: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${database}`;
  if (password !== undefined) url.password = password;
  return url.toString();
}

describe.runIf(ON_POSTGRES)("a PostgreSQL store", () => {
  it("is refused, in one line naming the encoding, on a database that is not UTF-8", async () => {
    const name = `flextory_ascii_${process.pid}`;
    await withAdmin((client) =>
      client.query(`create database ${name} encoding 'SQL_ASCII' template template0`),
    );
    try {
      const result = await runCli([
        "--database",
        urlFor(name),
        "account",
        "add",
        "a",
        "--admin",
        "b",
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        "flextory: the PostgreSQL database must use the UTF8 encoding, not SQL_ASCII: " +
          "create it with `createdb --encoding=UTF8 --template=template0 NAME`\n",
      );
    } finally {
      await withAdmin((client) => client.query(`drop database ${name}`));
    }
  });

  it("that cannot be reached is one line naming the URL, its password hidden", async () => {
    const url = urlFor(`flextory_missing_${process.pid}`, "s3cret-pass");
    const result = await runCli(["--database", url, "user", "key", "admin"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^flextory: cannot use the PostgreSQL store at postgres:\/\//);
    expect(result.stderr).toContain(":***@");
    expect(result.stderr).toContain("does not exist");
    expect(result.stderr).not.toContain("s3cret-pass");
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("choosing the store", () => {
  it("refuses --data and --database together", async () => {
    const result = await runCli([
      "--data",
      "x",
      "--database",
      "postgres://h/db",
      "user",
      "key",
      "a",
    ]);
    expect(result.stderr).toBe(
      "flextory: give --data (SQLite) or --database (PostgreSQL), not both\n",
    );
  });

  it("refuses a database URL that is not PostgreSQL's, hiding its password", async () => {
    const url = "mysql://root:hunter22@db/flextory";
    const result = await runCli(["user", "key", "a"], { env: { FLEXTORY_DATABASE_URL: url } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("must start with postgres:// or postgresql://");
    expect(result.stderr).not.toContain("hunter22");
  });
});
