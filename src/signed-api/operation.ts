import type { ItemChange } from "../domain/item.js";
import { badRequest } from "../errors/codes.js";
import type { SearchQuery } from "../services/item-search.js";
import type { ItemPage } from "../store/item-store.js";
import type { Parameters } from "./parameters.js";
import {
  isWholeNumberOver,
  readCatalogRef,
  readDate,
  readFlag,
  readId,
  readInteger,
} from "./values.js";

export const MAX_ITEMS_WANTED = 1000;

/**
 * The most attribute patterns and pairs one search takes, once repeats are
 * dropped. Each costs a pass over the account's attributes, and one
 * request must not hold the server for everyone else.
 */
export const MAX_ATTRIBUTE_FILTERS = 32;

/** What a signed request asks for. */
export type Operation =
  | { kind: "byId"; id: number; lists: CatalogLists }
  | { kind: "byBarcode"; barcode: string; lists: CatalogLists }
  | { kind: "search"; query: SearchQuery; page: ItemPage; lists: CatalogLists }
  | { kind: "lists"; lists: CatalogLists }
  | { kind: "create"; change: ItemChange }
  | { kind: "edit"; id: number; change: ItemChange }
  | { kind: "delete"; id: number };

/** Whether to add the account's item types or categories to a read. */
export interface CatalogLists {
  itemTypes: boolean;
  categories: boolean;
}

const CHANGE_FIELDS = ["name", "barcode", "itemType", "category"] as const;
const CHANGE_LISTS = ["attributeTitles", "links", "deleteAttributes", "deleteLinks"] as const;
const SEARCH_ONLY = ["search", "modifiedSince", "offset", "itemsWanted", "afterId", "id"] as const;
const SEARCH_LISTS = ["attributePairTitles", "attributePairValues"] as const;
const CATALOG_FLAGS = ["itemTypes", "categories"] as const;

/** Reads the operation from decoded parameters; a contradiction is a bad_request. */
export function readOperation(params: Parameters, warnings: string[]): Operation {
  const changes = (["newItem", "editItem", "deleteItem"] as const).filter((name) =>
    params.scalars.has(name),
  );
  if (changes.length > 1) throw badRequest(`${changes.join(" and ")} cannot be combined`);
  const [change] = changes;
  if (change === undefined) return readRead(params, warnings);

  refuse(params, [...SEARCH_ONLY, ...CATALOG_FLAGS, ...SEARCH_LISTS], `with ${change}`);
  if (change === "deleteItem") {
    refuse(params, [...CHANGE_FIELDS, ...CHANGE_LISTS, "attributeValues"], "with deleteItem");
    return { kind: "delete", id: readId("deleteItem", scalar(params, "deleteItem"), 1) };
  }
  if (change === "newItem") {
    if (!readFlag("newItem", scalar(params, "newItem"))) throw badRequest("newItem must be true");
    refuse(params, ["deleteAttributes", "deleteLinks"], "with newItem");
    return { kind: "create", change: readChange(params) };
  }
  const id = readId("editItem", scalar(params, "editItem"), 1);
  return { kind: "edit", id, change: readChange(params) };
}

function readRead(params: Parameters, warnings: string[]): Operation {
  refuse(params, [...CHANGE_LISTS], "without newItem or editItem");
  const lists = {
    itemTypes: flag(params, "itemTypes"),
    categories: flag(params, "categories"),
  };
  const hasId = params.scalars.has("id");
  const hasBarcode = params.scalars.has("barcode");
  const filters = searchParameters(params);
  if (hasId && hasBarcode) throw badRequest("id and barcode cannot be combined");
  if ((hasId || hasBarcode) && filters.length > 0) {
    throw badRequest(`${hasId ? "id" : "barcode"} cannot be combined with ${filters[0]}`);
  }
  if (hasId) return { kind: "byId", id: readId("id", scalar(params, "id"), 1), lists };
  if (hasBarcode) return { kind: "byBarcode", barcode: scalar(params, "barcode"), lists };

  const searching = params.scalars.has("search") ? flag(params, "search") : filters.length > 0;
  if (!searching && (lists.itemTypes || lists.categories)) return { kind: "lists", lists };
  return { kind: "search", query: readQuery(params), page: readPage(params, warnings), lists };
}

function searchParameters(params: Parameters): string[] {
  const names = ["search", "itemType", "category", "name", "modifiedSince", "offset"];
  const scalars = [...names, "itemsWanted", "afterId"].filter((n) => params.scalars.has(n));
  const lists = ["attributeValues", ...SEARCH_LISTS].filter((n) => params.lists.has(n));
  return [...scalars, ...lists];
}

function readQuery(params: Parameters): SearchQuery {
  const query: SearchQuery = {};
  const { scalars, lists } = params;
  if (scalars.has("itemType"))
    query.itemType = readCatalogRef("itemType", scalar(params, "itemType"));
  if (scalars.has("category"))
    query.category = readCatalogRef("category", scalar(params, "category"));
  if (scalars.has("name")) query.name = scalar(params, "name");
  if (scalars.has("modifiedSince")) {
    query.modifiedSince = readDate("modifiedSince", scalar(params, "modifiedSince"));
  }
  if (lists.has("attributeValues")) {
    query.attributeValues = [...new Set(lists.get("attributeValues"))];
  }
  const titles = lists.get("attributePairTitles") ?? [];
  const values = lists.get("attributePairValues") ?? [];
  if (titles.length !== values.length) {
    throw badRequest(
      `attributePairTitles has ${titles.length} entries ` +
        `but attributePairValues has ${values.length}`,
    );
  }
  if (titles.length > 0) {
    const pairs = new Map(titles.map((title, i) => [`${title}\u0000${values[i]}`, i]));
    query.attributePairs = [...pairs.values()].map((i) => ({
      title: titles[i] as string,
      value: values[i] as string,
    }));
  }
  const filters = (query.attributeValues?.length ?? 0) + (query.attributePairs?.length ?? 0);
  if (filters > MAX_ATTRIBUTE_FILTERS) {
    throw badRequest(
      `a search takes at most ${MAX_ATTRIBUTE_FILTERS} different attributeValues and ` +
        `attribute pairs together, not ${filters}`,
    );
  }
  return query;
}

function readPage(params: Parameters, warnings: string[]): ItemPage {
  const offset = params.scalars.has("offset")
    ? readInteger("offset", scalar(params, "offset"), 0)
    : 0;
  const page: ItemPage = { offset, limit: readItemsWanted(params, warnings) };
  if (params.scalars.has("afterId")) page.afterId = readId("afterId", scalar(params, "afterId"), 0);
  return page;
}

/** At most 1000: a larger whole number, however many digits it has, is cut with a warning. */
function readItemsWanted(params: Parameters, warnings: string[]): number {
  if (!params.scalars.has("itemsWanted")) return MAX_ITEMS_WANTED;
  const value = scalar(params, "itemsWanted");
  if (isWholeNumberOver(value, MAX_ITEMS_WANTED)) {
    warnings.push(`itemsWanted was cut to ${MAX_ITEMS_WANTED}`);
    return MAX_ITEMS_WANTED;
  }
  return readInteger("itemsWanted", value, 1);
}

function readChange(params: Parameters): ItemChange {
  const { scalars, lists } = params;
  const change: ItemChange = {};
  if (scalars.has("name")) change.name = scalar(params, "name");
  if (scalars.has("barcode")) change.barcode = scalar(params, "barcode");
  if (scalars.has("itemType"))
    change.itemType = readCatalogRef("itemType", scalar(params, "itemType"));
  if (scalars.has("category"))
    change.category = readCatalogRef("category", scalar(params, "category"));

  const titles = lists.get("attributeTitles") ?? [];
  const values = lists.get("attributeValues") ?? [];
  if (titles.length !== values.length) {
    throw badRequest(
      `attributeTitles[] has ${titles.length} and attributeValues[] ${values.length} entries: ` +
        "they pair by position",
    );
  }
  change.setAttributes = titles.map((title, i) => [title, values[i] as string] as const);
  change.deleteAttributes = lists.get("deleteAttributes") ?? [];
  change.addLinks = (lists.get("links") ?? []).map((id) => readId("links", id, 1));
  change.deleteLinks = (lists.get("deleteLinks") ?? []).map((id) => readId("deleteLinks", id, 1));
  return change;
}

function scalar(params: Parameters, name: string): string {
  return params.scalars.get(name) ?? "";
}

function flag(params: Parameters, name: string): boolean {
  return params.scalars.has(name) && readFlag(name, scalar(params, name));
}

function refuse(params: Parameters, names: readonly string[], context: string): void {
  const found = names.find((name) => params.scalars.has(name) || params.lists.has(name));
  if (found !== undefined) throw badRequest(`${found} cannot be used ${context}`);
}
