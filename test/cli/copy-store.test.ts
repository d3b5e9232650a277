import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RowCounts } from "../../src/store/row-counts.js";
import {
  type ApiUser,
  addApiUser,
  addOtherAccount,
  firstAdmin,
} from "../signed-api/support/accounts.js";
import { ask, makeItem } from "../signed-api/support/items.js";
import { startServerOn, startTestServer, type TestServer } from "../support/test-server.js";
import {
  newPostgresLocation,
  newSqliteLocation,
  newStoreLocation,
  ON_POSTGRES,
  refuseInserts,
  type TestStoreLocation,
} from "../support/test-store.js";
import { isOneLineError, runCli } from "./run-cli.js";

/** The other database than this pass's, so that each pass copies in one direction. */
const otherLocation = () => (ON_POSTGRES ? newSqliteLocation() : newPostgresLocation());

const placeOf = (location: TestStoreLocation) => location.databaseUrl ?? location.dir;

const copyStore = (from: TestStoreLocation, to: TestStoreLocation) =>
  runCli(["copy-store", "--from", placeOf(from), "--to", placeOf(to)]);

async function countRows(location: TestStoreLocation): Promise<RowCounts> {
  const store = await location.open();
  try {
    return await store.countRows();
  } finally {
    await store.close();
  }
}

let source: TestServer;
let admin: ApiUser;
let keeper: ApiUser;
let largestId = 0;
const leftovers: TestServer[] = [];

beforeAll(async () => {
  source = await startTestServer();
  admin = firstAdmin(source);
  keeper = await addApiUser(source, "keeper", { key: "a key kept from the original service" });
  for (const name of ["Glados", "Wheatley", "Atlas"]) {
    const made = await makeItem(source, admin, `name=${name}&itemType=Robot&category=Lab`);
    largestId = Math.max(largestId, made.id);
  }
  await ask(source, admin, `editItem=${largestId}&links[]=${largestId - 1}`);
  await addOtherAccount(source, "branch", "branch-admin");
});

afterAll(async () => {
  for (const server of [source, ...leftovers]) await server.close();
});

describe("flextory copy-store into the other database", () => {
  let target: TestStoreLocation;
  let copy: TestServer;

  beforeAll(async () => {
    target = await otherLocation();
    const result = await copyStore(source.location, target);
    expect(result.code, result.stderr).toBe(0);
    copy = await startServerOn(target, source.first);
    leftovers.push(copy);
  });

  it("answers with the items, dates and links of the source", async () => {
    const query = "search=true&itemsWanted=3";
    expect((await ask(copy, admin, query)).text).toBe((await ask(source, admin, query)).text);
  });

  it("gives new items, types and categories ids above the copied ones", async () => {
    const fields = "name=Chell&itemType=Human&category=Tested&attributeTitles[]=Room";
    const made = await makeItem(copy, admin, `${fields}&attributeValues[]=1`);
    expect(made.id).toBe(largestId + 1);
    expect(made.itemType).toBeGreaterThan(1);
    expect(made.category).toBeGreaterThan(1);
    expect(made.attributes).toEqual({ Room: "1" });
  });

  it("gives a new account and its administrator ids above the copied ones", async () => {
    const result = await runCli([...target.args, "account", "add", "annex", "--admin", "annex-1"]);
    expect(result.code, result.stderr).toBe(0);
    const annex = await copy.store.accounts.byName("annex");
    expect(annex?.id).toBe(3);
    expect((await copy.store.users.byName("annex-1"))?.id).toBe(4);
  });

  it("lets users sign requests with the keys they had", async () => {
    const answer = await ask(copy, keeper, "search=true&name=glados");
    expect(answer.body.success, answer.text).toBe("true");
    expect(answer.body.items?.map((item) => item.name)).toEqual(["Glados"]);
  });
});

describe("flextory copy-store refuses", () => {
  it("a target that holds an account, and leaves it as it was", async () => {
    const target = await startTestServer();
    leftovers.push(target);
    await makeItem(target, firstAdmin(target), "name=Mine");
    const before = await countRows(target.location);

    const result = await copyStore(source.location, target.location);
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(/--to .* is not empty \(it holds 1 account\)/);
    expect(await countRows(target.location)).toEqual(before);
  });

  it("to keep any of a copy that failed part way, leaving the target empty", async () => {
    const target = await newStoreLocation();
    await countRows(target);
    await refuseInserts(target, "links", "the disk is full");

    const result = await copyStore(source.location, target);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the disk is full");
    expect(Object.values(await countRows(target)).every((count) => count === 0)).toBe(true);
    await target.remove();
  });

  it.each([
    ["a folder with no store", ["--from", "/nonexistent/flextory"], /there is no Flextory store/],
    [
      "a database that does not answer",
      ["--to", "postgres://postgres@127.0.0.1:1/test"],
      /--to: .* postgres:\/\/postgres@127\.0\.0\.1:1\/test: .*ECONNREFUSED/,
    ],
    [
      "a database that does not exist",
      ["--from", "postgres://postgres@127.0.0.1:5432/flextory_none"],
      /--from: .*: database "flextory_none" does not exist/,
    ],
    ["one store for both", ["--to", "SOURCE"], /--from and --to are the same store/],
    ["a file for a folder", ["--to", "FILE"], /--to .* is a file: give the folder of a SQLite/],
  ])("%s, in one line", async (_, args, message) => {
    const place = placeOf(source.location);
    const file = path.join(source.dataDir, "not-a-folder");
    fs.writeFileSync(file, "");
    const named: Record<string, string> = { SOURCE: place, FILE: file };
    const given = args.map((arg) => named[arg] ?? arg);
    const defaults = given[0] === "--from" ? ["--to", "/nonexistent/copy"] : ["--from", place];
    const result = await runCli(["copy-store", ...defaults, ...given]);
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr), result.stderr).toBe(true);
    expect(result.stderr).toMatch(message);
  });
});

describe("flextory help copy-store", () => {
  it("flextory --help lists copy-store", async () => {
    expect((await runCli(["--help"])).stdout).toMatch(/^ {2}copy-store\b/m);
  });

  it("says what a place is and what the copy keeps", async () => {
    const { code, stdout } = await runCli(["help", "copy-store"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--from <place>");
    expect(stdout).toContain("--to <place>");
    expect(stdout).toContain("postgres://");
    expect(stdout).toContain("The target must hold no account");
    expect((await runCli(["copy-store", "--help"])).stdout).toBe(stdout);
  });
});
