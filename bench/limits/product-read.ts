import { loadItems } from "../../dist/services/item-loader.js";
import { type SearchQuery, searchItems } from "../../dist/services/item-search.js";
import type { Store } from "../../dist/store/store.js";
import type { ReadRequest, SearchSpec } from "../reads/read-request.js";

/** Items the server loads at a time (src/signed-api/item-page.ts). */
export const ITEMS_PER_LOAD = 50;

/**
 * A read as the server makes it through the product's store: the user's
 * lookup, then the search or lookup, then the items' load. Only the
 * statements it runs matter; the caller's query builder log catches them.
 */
export async function readThroughStore(
  store: Store,
  userName: string,
  request: ReadRequest,
): Promise<void> {
  const user = await store.users.byName(userName);
  if (user === undefined) throw new Error(`the store has no user ${userName}`);
  const accountId = user.account_id;

  if (request.kind === "id") {
    await loadItems(store, accountId, [request.id]);
    return;
  }
  if (request.kind === "barcode") {
    const id = await store.items.idByBarcode(accountId, request.barcode);
    await loadItems(store, accountId, id === undefined ? [] : [id]);
    return;
  }
  const { search } = request;
  const page = { afterId: search.afterId, offset: search.offset ?? 0, limit: search.itemsWanted };
  const { ids } = await searchItems(store, accountId, searchQuery(search), page);
  for (let start = 0; start < ids.length; start += ITEMS_PER_LOAD) {
    await loadItems(store, accountId, ids.slice(start, start + ITEMS_PER_LOAD));
  }
}

function searchQuery(search: SearchSpec): SearchQuery {
  const query: SearchQuery = {};
  if (search.name !== undefined) query.name = search.name;
  if (search.attributeValue !== undefined) query.attributeValues = [search.attributeValue];
  if (search.pair !== undefined) query.attributePairs = [search.pair];
  if (search.itemType !== undefined) query.itemType = { name: search.itemType };
  return query;
}
