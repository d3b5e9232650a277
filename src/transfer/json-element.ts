import type { RefusedRow } from "./import-entry.js";

/** An element longer than this is not an item: it is refused, and never held whole. */
export const MAX_ELEMENT_CHARS = 16_000_000;

/** The text of one element of a JSON array or NDJSON file, and the line it starts on. */
export interface JsonElement {
  text: string;
  line: number;
}

/** An element as read: its text, or the refusal of one too large to read. */
export type ReadElement = JsonElement | RefusedRow;

export function tooLargeElement(line: number): RefusedRow {
  return { line, refused: `the item is over ${MAX_ELEMENT_CHARS} characters` };
}
