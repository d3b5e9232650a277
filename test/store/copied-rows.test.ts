import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addAccount } from "../../src/services/account-service.js";
import { ItemService } from "../../src/services/item-service.js";
import type { StoredAttribute } from "../../src/store/attribute-store.js";
import type { Store } from "../../src/store/store.js";
import { newStoreLocation, type TestStoreLocation } from "../support/test-store.js";

const NOW = "2020-01-01 00:00:00";

/** More attribute rows than SQLite binds in one statement (8 values each, 32,766 at most). */
const MANY_ATTRIBUTES = 5_000;

describe("reading and writing rows as a copy of the store does", () => {
  let locations: TestStoreLocation[];
  let store: Store;
  let target: Store;
  let ours: number;
  let theirs: number;

  /** Two items of the account, linked, with three attributes each. */
  async function fill(accountId: number): Promise<void> {
    const service = new ItemService();
    const setAttributes = [
      ["b", "2"],
      ["a", "1"],
      ["c", "3"],
    ] as Array<[string, string]>;
    await store.transaction(async (tx) => {
      const { id } = await service.create(tx, accountId, { name: "One", setAttributes }, NOW);
      await service.create(tx, accountId, { name: "Two", setAttributes, addLinks: [id] }, NOW);
    });
  }

  beforeEach(async () => {
    locations = [await newStoreLocation(), await newStoreLocation()];
    [store, target] = (await Promise.all(locations.map((location) => location.open()))) as [
      Store,
      Store,
    ];
    ours = (await addAccount(store, "ours", "our-admin")).account.id;
    theirs = (await addAccount(store, "theirs", "their-admin")).account.id;
    await fill(theirs);
    await fill(ours);
  });
  afterEach(async () => {
    for (const each of [store, target]) await each.close();
    for (const location of locations) await location.remove();
  });

  it("reads one account's attributes only, batch after batch, each row once", async () => {
    const all = await store.attributes.rowsAfter(ours, undefined, 100);
    const oneByOne: StoredAttribute[] = [];
    for (let last: StoredAttribute | undefined; oneByOne.length < 100; ) {
      const [row] = await store.attributes.rowsAfter(ours, last, 1);
      if (row === undefined) break;
      oneByOne.push(row);
      last = row;
    }
    expect(oneByOne).toEqual(all);
    expect(all.map((row) => row.title)).toEqual(["a", "b", "c", "a", "b", "c"]);
    const ourItems = (await store.items.rowsAfter(ours, undefined, 100)).map((row) => row.id);
    expect(new Set(all.map((row) => row.item_id))).toEqual(new Set(ourItems));
  });

  it("reads one account's links and items only", async () => {
    const items = await store.items.rowsAfter(ours, undefined, 100);
    expect(items.every((row) => row.account_id === ours)).toBe(true);
    const ids = new Set(items.map((row) => row.id));
    const links = await store.links.rowsAfter(ours, undefined, 100);
    expect(links).toHaveLength(2);
    expect(links.every((row) => ids.has(row.item_id) && ids.has(row.linked_id))).toBe(true);
  });

  it("writes rows into the account given, whatever account the rows name", async () => {
    const accounts = await store.accounts.rowsAfter(undefined, 100);
    const items = await store.items.rowsAfter(theirs, undefined, 100);
    await target.transaction(async (tx) => {
      await tx.accounts.insertRows(accounts);
      await tx.items.insertRows(ours, items);
    });
    expect(await target.items.rowsAfter(theirs, undefined, 100)).toEqual([]);
    const written = await target.items.rowsAfter(ours, undefined, 100);
    expect(written.map((row) => row.id)).toEqual(items.map((row) => row.id));
  });

  // An insert of all of them in one statement failed with "too many SQL variables".
  it("writes more attribute rows than one statement can bind", async () => {
    const [item] = await store.items.rowsAfter(ours, undefined, 1);
    if (item === undefined) throw new Error("the account should have items");
    const rows = Array.from({ length: MANY_ATTRIBUTES }, (_, i) => ({
      id: 1000 + i,
      item_id: item.id,
      position: 10 + i,
      title: `t${i}`,
      title_folded: `t${i}`,
      value: "v",
      value_folded: "v",
    }));
    await store.transaction((tx) => tx.attributes.insertRows(ours, rows));
    expect((await store.countRows()).attributes).toBe(12 + MANY_ATTRIBUTES);
  });
});
