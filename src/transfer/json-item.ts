import type { Attribute } from "../domain/item.js";
import { JsonObject, type JsonValue, parseOrderedJson } from "../json/ordered-json.js";
import type { ValueCleaner } from "./clean-value.js";
import type { ImportEntry, SourceRow } from "./import-entry.js";
import { ItemRefusal } from "./item-refusal.js";
import type { ReadElement } from "./json-element.js";

/** Integers beyond this lose digits as JSON numbers; ids of 15 digits are all below it. */
const WHOLE_NUMBER_DIGITS = 15;

/**
 * The entry of one item in the API's item form. `name`, `barcode`,
 * `assetType`, `categoryName`, `attributes` and `links` are read; `id` is
 * kept only to restore links. The ids of types and categories and the dates
 * belong to the store the file came from, and are not read. A field left
 * out keeps an existing item's value; `null` clears it.
 */
export function rowOfJsonItem(element: ReadElement, cleaner: ValueCleaner): SourceRow {
  if ("refused" in element) return element;
  const { line } = element;
  try {
    const value = parseOrderedJson(element.text);
    if (!(value instanceof JsonObject)) return { line, refused: "an item must be a JSON object" };
    return entryOf(value, line, cleaner);
  } catch (error) {
    // Both are faults of this one item's text: the item is refused and the rest go in.
    if (error instanceof SyntaxError || error instanceof ItemRefusal) {
      return { line, refused: error.message };
    }
    throw error;
  }
}

function entryOf(item: JsonObject, line: number, cleaner: ValueCleaner): ImportEntry {
  const text = (field: string) => {
    const value = optionalText(item, field);
    return typeof value === "string" ? cleaner.clean(value, line, field) : value;
  };
  const entry: ImportEntry = { line, attributes: attributesOf(item, line, cleaner) };
  const name = text("name");
  if (typeof name === "string") entry.name = name;
  const barcode = text("barcode");
  if (typeof barcode === "string") entry.barcode = barcode;
  const itemType = text("assetType");
  if (itemType !== undefined) entry.itemType = itemType;
  const category = text("categoryName");
  if (category !== undefined) entry.category = category;

  const id = item.get("id");
  if (id !== undefined && id !== null) entry.fileId = wholeNumber(id, "id must be");
  const links = item.get("links");
  if (links !== undefined && links !== null) entry.links = linkIds(links);
  return entry;
}

function attributesOf(item: JsonObject, line: number, cleaner: ValueCleaner): Attribute[] {
  const attributes = item.get("attributes");
  if (attributes === undefined || attributes === null) return [];
  if (!(attributes instanceof JsonObject)) throw new ItemRefusal("attributes must be an object");
  return attributes.entries.map(([title, value]): Attribute => {
    if (typeof value !== "string") {
      throw new ItemRefusal(`the value of attribute "${title}" must be a string`);
    }
    const where = `attributes.${title}`;
    return [cleaner.clean(title, line, where), cleaner.clean(value, line, where)];
  });
}

function optionalText(item: JsonObject, field: string): string | null | undefined {
  const value = item.get(field);
  if (value === undefined || value === null || typeof value === "string") return value;
  throw new ItemRefusal(`${field} must be a string or null`);
}

function linkIds(links: JsonValue): number[] {
  if (!Array.isArray(links)) throw new ItemRefusal("links must be an array of item ids");
  return links.map((id) => wholeNumber(id, "each of links must be"));
}

function wholeNumber(value: JsonValue, rule: string): number {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  throw new ItemRefusal(`${rule} a whole number${notWhole(value)}`);
}

/** What is wrong with a value that is not a whole number, for the message. */
function notWhole(value: JsonValue): string {
  if (typeof value === "number") {
    // A number too large to hold exactly, such as 1e400 (read as Infinity), is not named.
    const fraction = Number.isFinite(value) && !Number.isInteger(value);
    return fraction ? `, not ${value}` : ` of at most ${WHOLE_NUMBER_DIGITS} digits`;
  }
  if (typeof value === "string" || typeof value === "boolean" || value === null) {
    return `, not ${JSON.stringify(value)}`;
  }
  return Array.isArray(value) ? ", not an array" : ", not an object";
}
