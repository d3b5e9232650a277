import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ItemService } from "../../src/services/item-service.js";
import { changeUser } from "../../src/services/user-service.js";
import { importFile } from "../../src/transfer/index.js";
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
  type TestStoreLocation,
} from "../support/test-store.js";
import { type CliResult, runCli } from "./run-cli.js";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/corpus");
const CORPUS_FILES = ["snipeit-assets-utf8-bom.csv", "snipeit-assets-macroman-cr.csv"];

/** Searches whose answers must not change by a byte when the store is copied. */
const SEARCHES = [
  "search=true&itemsWanted=1000",
  "search=true&offset=3&itemsWanted=5",
  "search=true&afterId=4&itemsWanted=6",
  "search=true&name=*a*",
  "search=true&name=drag*&itemTypes=true&categories=true",
  "attributePairTitles[]=location&attributePairValues[]=saint-etienne",
  `attributeValues[]=${encodeURIComponent("*étienne*")}`,
  "itemTypes=true&categories=true",
];

let source: TestServer;
let copies: TestServer[] = [];
let places: TestStoreLocation[] = [];
let runs: CliResult[] = [];
let admin: ApiUser;
let editor: ApiUser;
let branch: ApiUser;
let gone: ApiUser;
let itemIds: number[] = [];

/** Fills the source as people would: the corpus imported, links, a second account, users. */
async function fillSource(): Promise<void> {
  const accountId = source.first.account.id;
  for (const file of CORPUS_FILES) {
    await importFile(source.store, new ItemService(), accountId, path.join(CORPUS, file));
  }
  admin = firstAdmin(source);
  editor = await addApiUser(source, "editor");
  const found = await ask(source, admin, "search=true&itemsWanted=1000");
  itemIds = (found.body.items ?? []).map((item) => item.id);
  const [a, b, c] = itemIds;
  await ask(source, editor, `editItem=${a}&links[]=${b}&links[]=${c}`);

  branch = await addOtherAccount(source, "branch", "branch-admin");
  await makeItem(source, branch, "name=Branch%20printer&barcode=ICC-2065556&itemType=Printer");
  gone = await addApiUser(source, "gone", { accountId: branch.accountId });
  await changeUser(source.store, "gone", { disabled: true });
}

/** Copies with the CLI and expects it to succeed. */
async function copy(from: TestStoreLocation, to: TestStoreLocation): Promise<CliResult> {
  const place = (location: TestStoreLocation) => location.databaseUrl ?? location.dir;
  const result = await runCli(["copy-store", "--from", place(from), "--to", place(to)]);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

beforeAll(async () => {
  source = await startTestServer({}, await newSqliteLocation());
  await fillSource();

  places = [await newPostgresLocation(), await newSqliteLocation()];
  const [postgres, sqlite] = places as [TestStoreLocation, TestStoreLocation];
  runs = [await copy(source.location, postgres), await copy(postgres, sqlite)];
  copies = [await startServerOn(postgres, source.first), await startServerOn(sqlite, source.first)];
}, 120_000);

afterAll(async () => {
  for (const server of [source, ...copies]) await server?.close();
});

/** The raw answer text of each server, the source's first. */
async function answers(user: ApiUser, query: string): Promise<string[]> {
  const texts: string[] = [];
  for (const server of [source, ...copies]) texts.push((await ask(server, user, query)).text);
  return texts;
}

async function expectSameAnswers(user: ApiUser, query: string): Promise<void> {
  const [original, ...copied] = await answers(user, query);
  expect(original, query).toContain('"success":"true"');
  for (const text of copied) expect(text, query).toBe(original);
}

describe("copy-store round-trips the corpus imports with identical API answers", () => {
  it("copies SQLite to PostgreSQL and back, printing every table's count", () => {
    for (const run of runs) {
      expect(run.stdout).toMatch(/^ {2}items +\d+$/m);
      expect(run.stdout).toMatch(/^ {2}links +4$/m);
      expect(run.stdout).toContain("Every table holds as many rows in the copy as in the source.");
    }
  });

  it.each(SEARCHES)("answers %s byte for byte as the source does", async (query) => {
    await expectSameAnswers(admin, query);
  });

  it("answers every item by id and by barcode, links included, byte for byte", async () => {
    expect(itemIds.length).toBeGreaterThan(20);
    for (const id of itemIds) {
      await expectSameAnswers(admin, `id=${id}`);
      const [text] = await answers(admin, `id=${id}`);
      const barcode = (JSON.parse(text ?? "{}") as { items: Array<{ barcode: string | null }> })
        .items[0]?.barcode;
      if (barcode) await expectSameAnswers(admin, `barcode=${encodeURIComponent(barcode)}`);
    }
  });

  it("keeps the second account apart, with its own item and the same keys", async () => {
    await expectSameAnswers(branch, "search=true&itemTypes=true");
    await expectSameAnswers(branch, "barcode=ICC-2065556");
    await expectSameAnswers(editor, "search=true&itemsWanted=2");
  });

  it("keeps a disabled user disabled, with its key, and refused", async () => {
    for (const server of copies) {
      const user = await server.store.users.byName("gone");
      expect(user).toMatchObject({ disabled: 1, private_key: gone.key, role: "editor" });
      const answer = await ask(server, gone, "search=true");
      expect(answer.body.error?.code).toBe("auth_failed");
    }
  });
});
