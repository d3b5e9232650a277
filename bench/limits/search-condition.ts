import { fold } from "../../dist/domain/fold.js";
import { type Pattern, parsePattern, prefixUpperBound } from "../../dist/domain/pattern.js";
import type { SearchSpec } from "../reads/read-request.js";
import type { Condition } from "./read-sql.js";

/**
 * The WHERE of a search, as ItemStore.filtered writes it. Patterns are
 * parsed by the product's own parser: that is the meaning of `*`, not SQL.
 */
export function searchCondition(
  accountId: number,
  search: SearchSpec,
  typeId: number | undefined,
): Condition {
  const parts = ["account_id = ?"];
  const values: unknown[] = [accountId];
  const add = (condition: Condition) => {
    parts.push(condition.sql);
    values.push(...condition.values);
  };

  if (typeId !== undefined) add({ sql: "type_id = ?", values: [typeId] });
  if (search.name !== undefined) add(matches("name_folded", parsePattern(search.name, "name")));
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
  const parts = ["a.account_id = ?"];
  const values: unknown[] = [accountId];
  if (titleFolded !== undefined) {
    parts.push("a.title_folded = ?");
    values.push(titleFolded);
  }
  const match = matches("a.value_folded", value);
  const sql = `items.id in (select a.item_id from attributes as a where ${parts.join(" and ")} and ${match.sql})`;
  return { sql, values: [...values, ...match.values] };
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
