import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../src/domain/fold.js";
import { parsePattern } from "../../src/domain/pattern.js";
import { setUpFirstRun } from "../../src/services/account-service.js";
import { ItemService } from "../../src/services/item-service.js";
import { DATABASE_FILE } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { newStoreLocation, ON_POSTGRES, type TestStoreLocation } from "../support/test-store.js";

const NOW = "2020-01-01 00:00:00";
const VALUES = [
  "10.3.12.7",
  "10.3.120.1",
  "Saint-Étienne",
  'Macbook Pro 13"',
  "50% off_sale",
  "Mallory 99",
  "mallory 990",
  "Łódź",
  "ab",
];
const PATTERNS = [
  "*10.3.12.*",
  "*10.3.12*",
  "*.3.1*",
  "*etienne*",
  '*13"*',
  "*50%*",
  "*f_s*",
  "*Mallory 99*",
  "*lory*99*",
  "*łódź*",
  "*lodz*",
  "*b*",
  "*zzz*",
];

let location: TestStoreLocation;
let store: Store;
let accountId: number;
const service = new ItemService();

/** What a pattern must find, worked out without any index. */
function expected(pattern: string): string[] {
  const parts = pattern.split("*").map((part) => fold(part).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const regex = new RegExp(`^${parts.join(".*")}$`, "s");
  return VALUES.filter((value) => regex.test(fold(value)));
}

async function found(pattern: string): Promise<string[]> {
  const filter = { attributeValues: [parsePattern(pattern, "attributeValues")] };
  const { ids } = await store.items.search(accountId, filter, { offset: 0, limit: 100 });
  const items = await service.load(store, accountId, ids);
  return items.map((item) => item.attributes[0]?.[1] ?? "");
}

beforeAll(async () => {
  location = await newStoreLocation("flextory-substring-");
  store = await location.open();
  accountId = (await setUpFirstRun(store))?.account.id ?? 0;
  await store.transaction(async (tx) => {
    for (const [n, value] of VALUES.entries()) {
      await service.create(tx, accountId, { name: `v${n}`, setAttributes: [["V", value]] }, NOW);
    }
  });
});
afterAll(async () => {
  await store.close();
  await location.remove();
});

describe("contains patterns on attribute values", () => {
  it("find just what a plain scan finds, for runs short and long", async () => {
    for (const pattern of PATTERNS) {
      expect(await found(pattern), pattern).toEqual(expected(pattern));
    }
  });

  it("follow edits and deletions, and the index stays whole", async () => {
    const [first] = (await store.items.search(accountId, {}, { offset: 0, limit: 1 })).ids;
    await store.transaction((tx) =>
      service.edit(tx, accountId, first ?? 0, { setAttributes: [["V", "10.9.9.9"]] }, NOW),
    );
    expect(await found("*10.3.12.*")).toEqual([]);
    expect(await found("*10.9.9*")).toEqual(["10.9.9.9"]);

    const mallory = (
      await store.items.search(
        accountId,
        { name: parsePattern("v5", "name") },
        {
          offset: 0,
          limit: 1,
        },
      )
    ).ids;
    await store.transaction((tx) => service.remove(tx, accountId, mallory[0] ?? 0, NOW));
    expect(await found("*Mallory 99*")).toEqual(["mallory 990"]);
  });

  it.skipIf(ON_POSTGRES)("leave SQLite's trigram indexes whole after those changes", () => {
    const db = new Database(path.join(location.dir, DATABASE_FILE));
    for (const index of ["attribute_trigrams", "item_trigrams"]) {
      expect(() =>
        db.prepare(`insert into ${index}(${index}) values ('integrity-check')`).run(),
      ).not.toThrow();
    }
    db.close();
  });
});
