import { fold } from "../../dist/domain/fold.js";
import { type Pattern, parsePattern, prefixUpperBound } from "../../dist/domain/pattern.js";
import type { SearchSpec } from "../reads/read-request.js";
import type { Condition } from "./read-sql.js";

/** FTS5's trigram tokenizer finds runs of three characters or more. */
const TRIGRAM = 3;

/**
 * The WHERE of a search, as ItemStore.filtered writes it for SQLite.
 * Patterns are parsed by the product's own parser: that is the meaning of
 * `*`, not SQL.
 */
export function searchCondition(
  accountId: number,
  search: SearchSpec,
  typeId: number | undefined,
): Condition {
  const name = search.name === undefined ? undefined : parsePattern(search.name, "name");
  const nameIndex = name === undefined ? undefined : trigramQuery(name);
  const parts = [`${nameIndex === undefined ? "" : "+"}items.account_id = ?`];
  const values: unknown[] = [accountId];
  const add = (condition: Condition) => {
    parts.push(condition.sql);
    values.push(...condition.values);
  };

  if (typeId !== undefined) add({ sql: "type_id = ?", values: [typeId] });
  if (name !== undefined) add(narrowed("item_trigrams", "items.id", "name_folded", name));
  if (search.attributeValue !== undefined) {
    const value = parsePattern(search.attributeValue, "attributeValues");
    add(hasAttribute(accountId, undefined, value));
  }
  if (search.pair !== undefined) {
    const value = parsePattern(search.pair.value, "attributePairValues");
    add(hasAttribute(accountId, fold(search.pair.title.trim()), value));
  }
  return { sql: parts.join(" and "), values };
}

/** `items.id in (…)`: the subquery does not name the item, so it runs once. */
function hasAttribute(
  accountId: number,
  titleFolded: string | undefined,
  value: Pattern,
): Condition {
  const indexed = trigramQuery(value) !== undefined;
  const parts = [`${indexed ? "+" : ""}a.account_id = ?`];
  const values: unknown[] = [accountId];
  if (titleFolded !== undefined) {
    parts.push("a.title_folded = ?");
    values.push(titleFolded);
  }
  const match = narrowed("attribute_trigrams", "a.id", "a.value_folded", value);
  const where = [...parts, match.sql].join(" and ");
  return {
    sql: `items.id in (select a.item_id from attributes as a where ${where})`,
    values: [...values, ...match.values],
  };
}

/**
 * A pattern that starts with `*` is first narrowed through the column's
 * trigram table (src/store/sqlite-trigrams.ts); any other has its index range.
 */
function narrowed(index: string, rowId: string, column: string, pattern: Pattern): Condition {
  const query = trigramQuery(pattern);
  const test = matches(column, pattern);
  if (query === undefined) return test;
  return {
    sql: `(${rowId} in (select rowid from ${index} where ${index} match ?) and ${test.sql})`,
    values: [query, ...test.values],
  };
}

/** The FTS5 query of a pattern's runs, or undefined where the trigram index cannot help. */
function trigramQuery(pattern: Pattern): string | undefined {
  if (pattern.kind !== "like" || pattern.prefix !== "") return undefined;
  const long = pattern.runs.filter((run) => [...run].length >= TRIGRAM);
  if (long.length === 0) return undefined;
  return long.map((run) => `"${run.replaceAll('"', '""')}"`).join(" AND ");
}

/** `=` for an exact pattern; LIKE, after an index range on a leading literal, otherwise. */
function matches(column: string, pattern: Pattern): Condition {
  if (pattern.kind === "exact") return { sql: `${column} = ?`, values: [pattern.value] };

  const like = `${column} like ? escape '\\'`;
  const upper = prefixUpperBound(pattern.prefix);
  if (upper === undefined) return { sql: like, values: [pattern.like] };
  return {
    sql: `(${column} >= ? and ${column} < ? and ${like})`,
    values: [pattern.prefix, upper, pattern.like],
  };
}
