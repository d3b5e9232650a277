import type { Store } from "../../dist/store/store.js";
import { STREAMS } from "../inventory/items.js";
import { Random } from "../inventory/random.js";
import { note } from "../progress.js";
import type { BenchStore } from "../stores/bench-store.js";

/** How many links were made, and in how long. */
export interface LinkFigures {
  links: number;
  seconds: number;
  accountId: number;
}

/** One item in a hundred links to another. */
const ITEMS_PER_LINK = 100;

/**
 * Links items after the import, through the product's store in one
 * transaction: a CSV file has no column for links. Checks first that the
 * import made items 1 to `items`, which every request of the run relies on.
 */
export async function addLinks(
  benchStore: BenchStore,
  items: number,
  seed: number,
): Promise<LinkFigures> {
  const store = await benchStore.open();
  try {
    const admin = await store.users.firstAdmin();
    if (admin === undefined) throw new Error("the imported store has no administrator");
    const accountId = admin.account_id;
    await checkNumbering(store, accountId, items);

    const links = Math.max(1, Math.round(items / ITEMS_PER_LINK));
    const random = new Random(seed, STREAMS.links);
    const started = process.hrtime.bigint();
    await store.transaction(async (tx) => {
      for (let made = 0; made < links; made++) {
        const from = random.int(1, items);
        const to = from === items ? 1 : random.int(from + 1, items);
        await tx.links.add(accountId, from, [to]);
      }
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    note(`linked ${links} pairs of items through the store in ${seconds.toFixed(2)} s`);
    return { links, seconds, accountId };
  } finally {
    await store.close();
  }
}

async function checkNumbering(store: Store, accountId: number, items: number): Promise<void> {
  const last = await store.items.search(accountId, {}, { afterId: items - 1, offset: 0, limit: 2 });
  if (last.total !== items || last.ids.join() !== String(items)) {
    throw new Error(`the import made ${last.total} items, not items 1 to ${items}`);
  }
}
