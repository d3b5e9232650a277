import type { Attribute } from "../domain/item.js";

/**
 * One item read from a file, before it is written. A field left undefined
 * was not given: a new item goes without it, an existing one keeps its own.
 */
export interface ImportEntry {
  /** Where the item starts in the file, counting from 1. */
  line: number;
  name?: string;
  barcode?: string;
  /** A name; null clears it. */
  itemType?: string | null;
  category?: string | null;
  attributes: Attribute[];
  /** JSON only: the item's id in the file. */
  fileId?: number;
  /** JSON only: the ids, in the file, of the items it links to. */
  links?: number[];
}

/** A row refused as it was read; it travels with the entries so the report keeps file order. */
export interface RefusedRow {
  line: number;
  refused: string;
}

export type SourceRow = ImportEntry | RefusedRow;
