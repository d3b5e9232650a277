import { setImmediate as nextTurn } from "node:timers/promises";
import type { Item } from "../domain/item.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";

/** Items read per page: enough to amortise the queries, few enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Every item of the account, a page at a time, ascending by id. Pages are
 * read after the last id seen, so each costs the same at any depth.
 */
export async function* itemPages(
  store: Store,
  service: ItemService,
  accountId: number,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Item[]> {
  let afterId: number | undefined;
  let full = true;
  // Ends: each page starts after the last id of the one before, and a short page is the last.
  while (full) {
    const ids = await store.items.ids(accountId, {}, { afterId, offset: 0, limit: pageSize });
    if (ids.length > 0) yield await service.load(store, accountId, ids);
    full = ids.length === pageSize;
    afterId = ids.at(-1);
    // SQLite answers synchronously: without a turn of the event loop here, an export to a
    // fast output would hold the process (and a server's other requests) until it ends.
    await nextTurn();
  }
}
