import { badRequest } from "../errors/codes.js";
import { decodeFormComponent, type RawSegment, SIGNATURE_PARAMETER } from "./raw-query.js";
import { clip } from "./values.js";

/** Parameters that take one value. */
export const SCALARS = new Set([
  "userName",
  "id",
  "barcode",
  "search",
  "itemType",
  "category",
  "name",
  "modifiedSince",
  "offset",
  "itemsWanted",
  "afterId",
  "newItem",
  "editItem",
  "deleteItem",
  "itemTypes",
  "categories",
]);

/** Parameters that take a list, in PHP's spellings (`a[]`, `a[0]`, or once without brackets). */
export const LISTS = new Set([
  "attributeValues",
  "attributeTitles",
  "attributePairTitles",
  "attributePairValues",
  "deleteAttributes",
  "links",
  "deleteLinks",
]);

export const MAX_LIST_ENTRIES = 1000;

/** Unknown parameters named one by one in the warnings; the rest are counted. */
const MAX_NAMED_UNKNOWN = 10;

/** A request's parameters, decoded; unknown names are kept out and warned about. */
export interface Parameters {
  scalars: Map<string, string>;
  lists: Map<string, string[]>;
  warnings: string[];
}

type ListEntry = { index: number | undefined; value: string; bracketed: boolean };

const NAME_SHAPE = /^([^[\]]+)(?:\[(\d*)\])?$/;

/** Decodes every parameter of a request whose signature has been checked. */
export function decodeParameters(segments: readonly RawSegment[]): Parameters {
  const scalars = new Map<string, string>();
  const entries = new Map<string, ListEntry[]>();
  const unknown = new Set<string>();

  for (const segment of segments) {
    if (segment.name === SIGNATURE_PARAMETER) continue;
    const name = decodeFormComponent(segment.name);
    if (name === undefined) throw badRequest(`a parameter name is not valid UTF-8 form encoding`);
    const value = decodeFormComponent(segment.value);
    if (value === undefined)
      throw badRequest(`parameter ${clip(name)}: not valid UTF-8 form encoding`);
    // No stored text holds a NUL (the item rules refuse it), and PostgreSQL cannot take one.
    if (value.includes("\0")) throw badRequest(`parameter ${clip(name)} holds a NUL character`);

    const shape = NAME_SHAPE.exec(name);
    const base = shape?.[1] ?? baseOf(name);
    if (!SCALARS.has(base) && !LISTS.has(base)) {
      unknown.add(base);
      continue;
    }
    if (shape === null)
      throw badRequest(`parameter ${clip(name)}: write name[] or name[n], one level deep`);

    const bracketed = shape[2] !== undefined;
    if (SCALARS.has(base)) addScalar(scalars, base, bracketed, value);
    else addEntry(entries, base, shape[2], value);
  }

  const lists = new Map([...entries].map(([name, list]) => [name, orderList(name, list)]));
  return { scalars, lists, warnings: unknownWarnings([...unknown]) };
}

/** Warnings that name unknown parameters: the first few, then how many more. */
function unknownWarnings(names: readonly string[]): string[] {
  const named = names
    .slice(0, MAX_NAMED_UNKNOWN)
    .map((name) => `unknown parameter "${clip(name)}" was ignored`);
  const more = names.length - named.length;
  return more > 0 ? [...named, `${more} more unknown parameters were ignored`] : named;
}

function baseOf(name: string): string {
  const bracket = name.indexOf("[");
  return bracket < 0 ? name : name.slice(0, bracket);
}

function addScalar(scalars: Map<string, string>, name: string, bracketed: boolean, value: string) {
  if (bracketed) throw badRequest(`parameter ${name} takes one value, not a list`);
  if (scalars.has(name)) throw badRequest(`parameter ${name} is given more than once`);
  scalars.set(name, value);
}

function addEntry(
  entries: Map<string, ListEntry[]>,
  name: string,
  index: string | undefined,
  value: string,
) {
  const list = entries.get(name) ?? [];
  entries.set(name, list);
  if (list.length >= MAX_LIST_ENTRIES) {
    throw badRequest(`parameter ${name} has more than ${MAX_LIST_ENTRIES} entries`);
  }
  const parsed = index === undefined || index === "" ? undefined : Number(index);
  if (parsed !== undefined && !Number.isSafeInteger(parsed)) {
    throw badRequest(`parameter ${name}[${clip(index ?? "")}]: the index is too large`);
  }
  list.push({ index: parsed, value, bracketed: index !== undefined });
}

/** Indexed entries by their index as a number; the others in order of appearance. */
function orderList(name: string, list: ListEntry[]): string[] {
  const plain = list.filter((entry) => !entry.bracketed);
  if (plain.length > 0 && list.length > 1) {
    throw badRequest(`parameter ${name} is given more than once without brackets`);
  }
  const indexed = list.filter((entry) => entry.index !== undefined);
  if (indexed.length === 0) return list.map((entry) => entry.value);
  if (indexed.length !== list.length) throw badRequest(`parameter ${name} mixes [] and [n]`);

  const sorted = [...indexed].sort((a, b) => (a.index as number) - (b.index as number));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.index === sorted[i - 1]?.index) {
      throw badRequest(`parameter ${name}[${sorted[i]?.index}] is given more than once`);
    }
  }
  return sorted.map((entry) => entry.value);
}
