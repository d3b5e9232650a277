import { fold } from "../../dist/domain/fold.js";
import { type Pattern, parsePattern, prefixUpperBound } from "../../dist/domain/pattern.js";
import type { SearchSpec } from "../reads/read-request.js";
import type { Condition } from "./read-sql.js";

/** How a store's search SQL differs from the other's (src/store/*-dialect.ts). */
export interface SearchStyle {
  /**
   * SQLite: a pattern that starts with `*` is first narrowed through an FTS5
   * trigram table (src/store/sqlite-trigrams.ts). PostgreSQL's pg_trgm
   * indexes serve the `LIKE` itself.
   */
  readonly trigramTables: boolean;
  /** PostgreSQL: the value indexes hold the first 200 characters of a value. */
  readonly indexedValueLength: number | undefined;
}

export const SQLITE_SEARCH: SearchStyle = { trigramTables: true, indexedValueLength: undefined };
export const POSTGRES_SEARCH: SearchStyle = { trigramTables: false, indexedValueLength: 200 };

/** FTS5's trigram tokenizer finds runs of three characters or more. */
const TRIGRAM = 3;

/**
 * The WHERE of a search, as ItemStore.filtered writes it for the store.
 * Patterns are parsed by the product's own parser: that is the meaning of
 * `*`, not SQL.
 */
export function searchCondition(
  style: SearchStyle,
  accountId: number,
  search: SearchSpec,
  typeId: number | undefined,
): Condition {
  const name = search.name === undefined ? undefined : parsePattern(search.name, "name");
  const nameIndexed = name !== undefined && trigramQuery(style, name) !== undefined;
  const parts = [`${nameIndexed ? "+" : ""}items.account_id = ?`];
  const values: unknown[] = [accountId];
  const add = (condition: Condition) => {
    parts.push(condition.sql);
    values.push(...condition.values);
  };

  if (typeId !== undefined) add({ sql: "type_id = ?", values: [typeId] });
  if (name !== undefined) {
    add(narrowed(style, "item_trigrams", "items.id", matches("name_folded", name), name));
  }
  if (search.attributeValue !== undefined) {
    const value = parsePattern(search.attributeValue, "attributeValues");
    add(hasAttribute(style, accountId, undefined, value));
  }
  if (search.pair !== undefined) {
    const value = parsePattern(search.pair.value, "attributePairValues");
    add(hasAttribute(style, accountId, fold(search.pair.title.trim()), value));
  }
  return { sql: parts.join(" and "), values };
}

/** `items.id in (…)`: the subquery does not name the item, so it runs once. */
function hasAttribute(
  style: SearchStyle,
  accountId: number,
  titleFolded: string | undefined,
  value: Pattern,
): Condition {
  const indexed = trigramQuery(style, value) !== undefined;
  const parts = [`${indexed ? "+" : ""}a.account_id = ?`];
  const values: unknown[] = [accountId];
  if (titleFolded !== undefined) {
    parts.push("a.title_folded = ?");
    values.push(titleFolded);
  }
  const test = matches("a.value_folded", value, style.indexedValueLength);
  const match = narrowed(style, "attribute_trigrams", "a.id", test, value);
  const where = [...parts, match.sql].join(" and ");
  return {
    sql: `items.id in (select a.item_id from attributes as a where ${where})`,
    values: [...values, ...match.values],
  };
}

/** The test, narrowed first through the trigram table where the store has one that helps. */
function narrowed(
  style: SearchStyle,
  index: string,
  rowId: string,
  test: Condition,
  pattern: Pattern,
): Condition {
  const query = trigramQuery(style, pattern);
  if (query === undefined) return test;
  return {
    sql: `(${rowId} in (select rowid from ${index} where ${index} match ?) and ${test.sql})`,
    values: [query, ...test.values],
  };
}

/** The FTS5 query of a pattern's runs, or undefined where no trigram table helps. */
function trigramQuery(style: SearchStyle, pattern: Pattern): string | undefined {
  if (!style.trigramTables || pattern.kind !== "like" || pattern.prefix !== "") return undefined;
  const long = pattern.runs.filter((run) => [...run].length >= TRIGRAM);
  if (long.length === 0) return undefined;
  return long.map((run) => `"${run.replaceAll('"', '""')}"`).join(" AND ");
}

/**
 * `=` for an exact pattern; LIKE, after an index range on a leading literal,
 * otherwise. Where the index holds only the first `indexedLength` characters,
 * the range and the equality are stated on those too.
 */
function matches(column: string, pattern: Pattern, indexedLength?: number): Condition {
  const key = indexedLength === undefined ? column : `left(${column}, ${indexedLength})`;
  const lead = (text: string) =>
    indexedLength === undefined ? text : leading(text, indexedLength);
  if (pattern.kind === "exact") {
    const equal = { sql: `${column} = ?`, values: [pattern.value] };
    if (indexedLength === undefined) return equal;
    return { sql: `(${key} = ? and ${equal.sql})`, values: [lead(pattern.value), pattern.value] };
  }

  const like = `${column} like ? escape '\\'`;
  const prefix = lead(pattern.prefix);
  const upper = prefixUpperBound(prefix);
  if (upper === undefined) return { sql: like, values: [pattern.like] };
  return {
    sql: `(${key} >= ? and ${key} < ? and ${like})`,
    values: [prefix, upper, pattern.like],
  };
}

/** The first `length` characters, counted in code points as the database counts them. */
function leading(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : chars.slice(0, length).join("");
}
