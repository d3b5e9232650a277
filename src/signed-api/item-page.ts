import { itemJson } from "../json/item-json.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";

/**
 * The most an answer's items may take. An item may hold 500 attributes of
 * 4,096 characters, so a full page of such items would need gigabytes.
 */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** Items loaded at a time, so that memory holds a few large items, not a page of them. */
const ITEMS_PER_LOAD = 50;

/**
 * The JSON of the page's items, loaded a few at a time. The page is cut
 * where the next item would pass MAX_ANSWER_BYTES, and a warning says where
 * to go on; the first item always goes in, since one item is far smaller.
 */
export async function pageJson(
  store: Store,
  items: ItemService,
  accountId: number,
  ids: readonly number[],
  warnings: string[],
): Promise<string[]> {
  const written: string[] = [];
  let bytes = 0;
  for (let start = 0; start < ids.length; start += ITEMS_PER_LOAD) {
    const loaded = await items.load(store, accountId, ids.slice(start, start + ITEMS_PER_LOAD));
    for (const item of loaded) {
      const json = itemJson(item);
      bytes += Buffer.byteLength(json);
      if (bytes > MAX_ANSWER_BYTES && written.length > 0) {
        warnings.push(cutWarning(written.length, ids[written.length - 1] ?? 0));
        return written;
      }
      written.push(json);
    }
  }
  return written;
}

function cutWarning(count: number, lastId: number): string {
  const mib = MAX_ANSWER_BYTES / 1024 / 1024;
  return (
    `the answer holds only ${count} items, to stay under ${mib} MiB; ` +
    `go on with afterId=${lastId}`
  );
}
