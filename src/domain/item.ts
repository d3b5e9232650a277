/** A title and its value; an item's attributes keep the order first set. */
export type Attribute = readonly [title: string, value: string];

/** An item as every interface shows it. */
export interface Item {
  id: number;
  name: string;
  barcode: string | null;
  /** The item type's name. */
  assetType: string | null;
  itemType: number | null;
  category: number | null;
  categoryName: string | null;
  attributes: Attribute[];
  links: number[];
  dateAdded: string;
  dateModified: string;
}

/** An item type or a category, named by id or by name. */
export type CatalogRef = { id: number } | { name: string };

/** What a change gives for an item; a field left undefined stays as it is. */
export interface ItemChange {
  name?: string;
  /** null clears the barcode. */
  barcode?: string | null;
  /** null clears the type. */
  itemType?: CatalogRef | null;
  category?: CatalogRef | null;
  setAttributes?: Attribute[];
  deleteAttributes?: string[];
  addLinks?: number[];
  deleteLinks?: number[];
}

/** The current time as every store keeps it: UTC, `YYYY-MM-DD HH:MM:SS`. */
export function timestampNow(now = new Date()): string {
  return now.toISOString().slice(0, 19).replace("T", " ");
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/**
 * The largest id an item, type or category can have in every store:
 * PostgreSQL keeps ids as 32-bit integers. A larger id names nothing.
 */
export const MAX_ID = 2_147_483_647;
