import type { JsonObject } from "../json/ordered-json.js";

/** An attribute: its title and its value. */
export type Attribute = [title: string, value: string];

/** An item as the server answers it. */
export interface Item {
  id: number;
  name: string;
  /** null when unset. */
  barcode: string | null;
  /** The item type's name, or null. */
  assetType: string | null;
  /** The item type's id, or null. */
  itemType: number | null;
  /** The category's id, or null. */
  category: number | null;
  categoryName: string | null;
  /**
   * Title to value, as own properties (`__proto__` included). JavaScript
   * lists integer-like keys such as "2024" first whatever their place, so
   * read `attributeList` when the order matters.
   */
  attributes: Record<string, string>;
  /** The attributes in the server's order: the order in which titles were first set. */
  attributeList: Attribute[];
  /** Ids of the linked items. */
  links: number[];
  /** UTC, `YYYY-MM-DD HH:MM:SS`. */
  dateAdded: string;
  /** UTC, `YYYY-MM-DD HH:MM:SS`. */
  dateModified: string;
}

/** An item type or a category. */
export interface CatalogEntry {
  id: number;
  name: string;
}

/** An item type or category given by id or by name; a name unknown to a change makes it. */
export type CatalogRef = number | string;

/** Search filters, joined by AND; none at all lists every item. */
export interface SearchFilters {
  itemType?: CatalogRef;
  category?: CatalogRef;
  /** A pattern on the name: `*` matches any run, case and accents are ignored. */
  name?: string;
  /** Each pattern must match some attribute value. */
  attributeValues?: string[];
  /** Each item has an attribute with this title whose value matches the pattern. */
  attributePairs?: Array<[title: string, valuePattern: string]>;
  /** Items changed at or after; a Date, or UTC text `YYYY-MM-DD HH:MM:SS`. */
  modifiedSince?: Date | string;
}

/** A search with its paging. */
export interface SearchOptions extends SearchFilters {
  offset?: number;
  /** At most 1000; the server cuts a larger number with a warning. */
  itemsWanted?: number;
  /** Start after this item id instead of skipping `offset` items. */
  afterId?: number;
}

/** One page of a search. */
export interface SearchPage {
  items: Item[];
  /** Every match, not only this page's. */
  total: number;
  offset: number;
  itemsWanted: number;
  warnings: string[];
}

/** Attributes to set, as ordered pairs or as an object (whose integer-like keys go first). */
export type AttributeInput = ReadonlyArray<readonly [string, string]> | Record<string, string>;

/** A new item. Unknown type or category names are made, with a warning. */
export interface NewItem {
  name: string;
  barcode?: string;
  itemType?: CatalogRef;
  category?: CatalogRef;
  attributes?: AttributeInput;
  /** Ids of items to link to. */
  links?: number[];
}

/** A change to an item: only what is given changes; null clears. */
export interface ItemEdit {
  name?: string;
  barcode?: string | null;
  itemType?: CatalogRef | null;
  category?: CatalogRef | null;
  /** Set or add. */
  attributes?: AttributeInput;
  /** Titles to remove. */
  deleteAttributes?: string[];
  links?: number[];
  deleteLinks?: number[];
}

/** An item as a change left it, with the server's warnings (a type made, a title not there). */
export interface ChangeResult {
  item: Item;
  warnings: string[];
}

/** A successful answer, read. Fields the answer lacks are undefined. */
export interface Answer {
  /** The whole answer, keys in the server's order, fields this client does not know included. */
  json: JsonObject;
  items: Item[] | undefined;
  total: number | undefined;
  offset: number | undefined;
  itemsWanted: number | undefined;
  itemTypes: CatalogEntry[] | undefined;
  categories: CatalogEntry[] | undefined;
  /** The id of a deleted item. */
  deleted: number | undefined;
  warnings: string[];
}
