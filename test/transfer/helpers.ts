import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ItemService } from "../../src/services/item-service.js";
import type { Store } from "../../src/store/store.js";
import { newStoreLocation, type TestStoreLocation } from "../support/test-store.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** A real spreadsheet of the kind users import, kept in the repository as it came. */
export function corpusFile(name: string): string {
  return path.resolve(REPO, "test/fixtures/corpus", name);
}

export interface TestStore {
  store: Store;
  service: ItemService;
  accountId: number;
  dir: string;
  location: TestStoreLocation;
  /** Writes `content` to a file in the store's temp dir and returns its path. */
  writeFile(name: string, content: string | Uint8Array): string;
  close(): Promise<void>;
}

/** A real store of the run's database, with one account, and a temp dir for files. */
export async function openTestStore(): Promise<TestStore> {
  const location = await newStoreLocation("flextory-transfer-");
  const { dir } = location;
  const store = await location.open();
  const account = await store.accounts.create("test", "2024-01-01 00:00:00");
  return {
    store,
    service: new ItemService(),
    accountId: account.id,
    dir,
    location,
    writeFile: (name, content) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
    close: async () => {
      await store.close();
      await location.remove();
    },
  };
}

/** Every item of the account, in the API's item form. */
export async function allItems(test: TestStore) {
  const { ids } = await test.store.items.search(test.accountId, {}, { offset: 0, limit: 100_000 });
  return test.service.load(test.store, test.accountId, ids);
}

/** The item with this barcode. */
export async function itemByBarcode(test: TestStore, barcode: string) {
  const id = await test.store.items.idByBarcode(test.accountId, barcode);
  if (id === undefined) throw new Error(`no item has barcode ${barcode}`);
  const [item] = await test.service.load(test.store, test.accountId, [id]);
  if (item === undefined) throw new Error(`item ${id} did not load`);
  return item;
}

/** The value of an attribute, by exact title. */
export function attribute(
  item: { attributes: ReadonlyArray<readonly [string, string]> },
  title: string,
) {
  return item.attributes.find(([t]) => t === title)?.[1];
}

/** Items as they should survive a round trip: ids and dates are the store's own. */
export async function portableItems(test: TestStore) {
  const items = await allItems(test);
  const nameOf = new Map(items.map((item) => [item.id, item.name]));
  return items.map((item) => ({
    name: item.name,
    barcode: item.barcode,
    assetType: item.assetType,
    categoryName: item.categoryName,
    attributes: item.attributes,
    links: item.links.map((id) => nameOf.get(id)).sort(),
  }));
}
