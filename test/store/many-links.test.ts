import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setUpFirstRun } from "../../src/services/account-service.js";
import { ItemService } from "../../src/services/item-service.js";
import type { Store } from "../../src/store/store.js";
import { newStoreLocation, type TestStoreLocation } from "../support/test-store.js";

/** More than SQLite's 32,766 bound values in one statement. */
const SPOKES = 33_000;

describe("an item linked to more items than one statement can name", () => {
  let location: TestStoreLocation;
  let store: Store;
  let accountId: number;

  beforeEach(async () => {
    location = await newStoreLocation("flextory-links-");
    store = await location.open();
    accountId = (await setUpFirstRun(store))?.account.id ?? 0;
  });
  afterEach(async () => {
    await store.close();
    await location.remove();
  });

  // Deleting such an item failed with "too many SQL variables".
  it("can be deleted, and every item it linked to is marked changed", async () => {
    const service = new ItemService();
    const hub = await store.transaction(async (tx) => {
      const { id } = await service.create(tx, accountId, { name: "Hub" }, "2020-01-01 00:00:00");
      const spokes: number[] = [];
      for (let i = 0; i < SPOKES; i++) {
        const made = await service.create(tx, accountId, { name: `s${i}` }, "2020-01-01 00:00:00");
        spokes.push(made.id);
      }
      await tx.links.add(accountId, id, spokes);
      return id;
    });

    const removed = await store.transaction((tx) =>
      service.remove(tx, accountId, hub, "2030-01-01 00:00:00"),
    );
    expect(removed.links).toHaveLength(SPOKES);
    const touched = await store.items.search(
      accountId,
      { modifiedSince: "2030-01-01 00:00:00" },
      { offset: 0, limit: 1 },
    );
    expect(touched.total).toBe(SPOKES);
  });
});
