import { describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { startTcpRelay } from "../support/tcp-relay.js";
import { ALIAS, callSigned, signQuery, startTestServer } from "../support/test-server.js";
import {
  newStoreLocation,
  ON_POSTGRES,
  reachedThrough,
  TEST_DATABASE_URL,
  withAdmin,
} from "../support/test-store.js";

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

describe.runIf(ON_POSTGRES)("a command on a PostgreSQL database without a store", () => {
  // `export` and `user key` made a whole schema in any empty database they were pointed at.
  it("says there is no store there, and makes none", async () => {
    const location = await newStoreLocation("flextory-empty-");
    const result = await runCli([...location.args, "export"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^flextory: there is no Flextory store in postgres:\/\/.+\n$/);
    const schema = new URL(location.databaseUrl ?? "").searchParams.get("options") ?? "";
    const tables = await withAdmin((client) =>
      client.query("select 1 from pg_tables where schemaname = $1", [
        /search_path=(\w+)/.exec(schema)?.[1],
      ]),
    );
    expect(tables.rowCount).toBe(0);
    await location.remove();
  });
});

describe.runIf(ON_POSTGRES)("a server whose PostgreSQL goes away", () => {
  it("answers unavailable with Retry-After, says so on /health, and recovers", async () => {
    const target = new URL(TEST_DATABASE_URL);
    const relay = await startTcpRelay(target.hostname, Number(target.port || 5432));
    const location = await newStoreLocation("flextory-relay-");
    const url = new URL(location.databaseUrl ?? "");
    url.port = String(relay.port);
    const server = await startTestServer({}, reachedThrough(location, url.toString()));
    try {
      await relay.cut();
      const query = signQuery("userName=admin&search=true", server.first.admin.privateKey);
      const answer = await fetch(`${server.url}${ALIAS}?${query}`);
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(await answer.json()).toMatchObject({ error: { code: "unavailable" } });
      expect((await fetch(`${server.url}/health`)).status).toBe(503);

      await relay.restore();
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      expect((await callSigned(server, "userName=admin&search=true")).body.success).toBe("true");
    } finally {
      await relay.restore().catch(() => undefined);
      await server.close();
      await relay.cut();
    }
  });
});

describe.runIf(ON_POSTGRES)("a PostgreSQL database that takes no writes", () => {
  it("refuses a change from the CLI in one line, saying the database is read-only", async () => {
    const location = await newStoreLocation("flextory-read-only-");
    await (await location.open()).close();
    const url = new URL(location.databaseUrl ?? "");
    const options = url.searchParams.get("options");
    url.searchParams.set("options", `${options} -c default_transaction_read_only=on`);

    const args = ["--database", url.toString(), "account", "add", "shop", "--admin", "owner"];
    const result = await runCli(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "flextory: The store takes no changes now: its database is read-only.\n",
    );
    await location.remove();
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
