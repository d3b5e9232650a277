import { fold } from "../domain/fold.js";
import type { CatalogRef } from "../domain/item.js";
import { parsePattern } from "../domain/pattern.js";
import type { ItemFilter, ItemPage } from "../store/item-store.js";
import type { Store } from "../store/store.js";
import { resolveForSearch } from "./catalog-resolver.js";

/** A search as a client asks it: patterns as typed, types and categories by id or name. */
export interface SearchQuery {
  itemType?: CatalogRef | null;
  category?: CatalogRef | null;
  name?: string;
  attributeValues?: string[];
  attributePairs?: Array<{ title: string; value: string }>;
  modifiedSince?: string;
}

export interface SearchResult {
  /** Every match, past this page too. */
  total: number;
  /** The page's items, ascending. */
  ids: number[];
}

/** Finds one page of an account's items matching every filter, ascending by id. */
export async function searchItems(
  store: Store,
  accountId: number,
  query: SearchQuery,
  page: ItemPage,
): Promise<SearchResult> {
  const filter = await toFilter(store, accountId, query);
  if (filter === undefined) return { total: 0, ids: [] };
  return store.items.search(accountId, filter, page);
}

/** The store's filter, or undefined when a named type or category does not exist. */
async function toFilter(
  store: Store,
  accountId: number,
  query: SearchQuery,
): Promise<ItemFilter | undefined> {
  const filter: ItemFilter = {
    attributeValues: (query.attributeValues ?? []).map((value) =>
      parsePattern(value, "attributeValues"),
    ),
    attributePairs: (query.attributePairs ?? []).map(({ title, value }) => ({
      titleFolded: fold(title.trim()),
      value: parsePattern(value, "attributePairValues"),
    })),
  };
  if (query.name !== undefined) filter.name = parsePattern(query.name, "name");
  if (query.modifiedSince !== undefined) filter.modifiedSince = query.modifiedSince;

  if (query.itemType !== undefined) {
    const typeId = await resolveForSearch(store.itemTypes, accountId, query.itemType);
    if (typeId === undefined) return undefined;
    filter.typeId = typeId;
  }
  if (query.category !== undefined) {
    const categoryId = await resolveForSearch(store.categories, accountId, query.category);
    if (categoryId === undefined) return undefined;
    filter.categoryId = categoryId;
  }
  return filter;
}
