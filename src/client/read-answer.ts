import { JsonObject, type JsonValue } from "../json/ordered-json.js";
import { FlextoryClientError } from "./errors.js";
import type { Answer, Attribute, CatalogEntry, Item } from "./types.js";

/** Reads a successful answer into typed fields; a field of the wrong shape is an error. */
export function readAnswer(json: JsonObject): Answer {
  return {
    json,
    items: optional(json, "items", (value) => asList(value, "items", readItem)),
    total: optional(json, "total", (value) => asNumber(value, "total")),
    offset: optional(json, "offset", (value) => asNumber(value, "offset")),
    itemsWanted: optional(json, "itemsWanted", (value) => asNumber(value, "itemsWanted")),
    itemTypes: optional(json, "itemTypes", (value) => asList(value, "itemTypes", readEntry)),
    categories: optional(json, "categories", (value) => asList(value, "categories", readEntry)),
    deleted: optional(json, "deleted", (value) => asNumber(value, "deleted")),
    warnings: optional(json, "warnings", readWarnings) ?? [],
  };
}

/** The answer's fields in the server's order: attributes stay an ordered list. */
function readItem(value: JsonValue): Item {
  const item = asObject(value, "item");
  const attributeList = asObject(item.get("attributes"), "attributes").entries.map(
    ([title, text]): Attribute => [title, asString(text, `attribute "${title}"`)],
  );
  return {
    id: asNumber(item.get("id"), "id"),
    name: asString(item.get("name"), "name"),
    barcode: nullable(item.get("barcode"), asString, "barcode"),
    assetType: nullable(item.get("assetType"), asString, "assetType"),
    itemType: nullable(item.get("itemType"), asNumber, "itemType"),
    category: nullable(item.get("category"), asNumber, "category"),
    categoryName: nullable(item.get("categoryName"), asString, "categoryName"),
    attributes: Object.fromEntries(attributeList),
    attributeList,
    links: asList(item.get("links"), "links", (id) => asNumber(id, "links")),
    dateAdded: asString(item.get("dateAdded"), "dateAdded"),
    dateModified: asString(item.get("dateModified"), "dateModified"),
  };
}

function readEntry(value: JsonValue): CatalogEntry {
  const entry = asObject(value, "entry");
  return { id: asNumber(entry.get("id"), "id"), name: asString(entry.get("name"), "name") };
}

function readWarnings(value: JsonValue): string[] {
  return asList(value, "warnings", (text) => asString(text, "warnings"));
}

function optional<T>(json: JsonObject, key: string, read: (value: JsonValue) => T): T | undefined {
  const value = json.get(key);
  return value === undefined ? undefined : read(value);
}

function nullable<T>(
  value: JsonValue | undefined,
  read: (value: JsonValue | undefined, name: string) => T,
  name: string,
): T | null {
  return value === null ? null : read(value, name);
}

export function asObject(value: JsonValue | undefined, name: string): JsonObject {
  if (value instanceof JsonObject) return value;
  throw malformed(name);
}

function asList<T>(value: JsonValue | undefined, name: string, read: (entry: JsonValue) => T): T[] {
  if (!Array.isArray(value)) throw malformed(name);
  return value.map(read);
}

export function asString(value: JsonValue | undefined, name: string): string {
  if (typeof value === "string") return value;
  throw malformed(name);
}

function asNumber(value: JsonValue | undefined, name: string): number {
  if (typeof value === "number") return value;
  throw malformed(name);
}

function malformed(name: string): FlextoryClientError {
  return new FlextoryClientError(`the server's answer has no valid ${name}`);
}
