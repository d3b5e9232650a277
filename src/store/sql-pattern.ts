import { type Expression, type SqlBool, sql } from "kysely";
import { type Pattern, prefixUpperBound } from "../domain/pattern.js";

/**
 * A condition that `column` (folded text) matches `pattern`. A leading
 * literal becomes an index range in every database; the rest is `LIKE`
 * with `\` as its escape, so `%` and `_` typed by a user stay literal.
 *
 * Where the column's index holds only its first `indexedLength` characters,
 * the range and the equality are stated on that leading part too, so that
 * the index still narrows the search; the full test follows.
 */
export function matchesPattern(
  column: Expression<string>,
  pattern: Pattern,
  indexedLength?: number,
): Expression<SqlBool> {
  const key =
    indexedLength === undefined ? column : sql<string>`left(${column}, ${sql.lit(indexedLength)})`;
  const lead = (text: string) =>
    indexedLength === undefined ? text : leading(text, indexedLength);
  if (pattern.kind === "exact") {
    const equal = sql<SqlBool>`${column} = ${pattern.value}`;
    if (indexedLength === undefined) return equal;
    return sql<SqlBool>`(${key} = ${lead(pattern.value)} and ${equal})`;
  }

  const like = sql<SqlBool>`${column} like ${pattern.like} escape '\\'`;
  const prefix = lead(pattern.prefix);
  const upper = prefixUpperBound(prefix);
  if (upper === undefined) return like;

  return sql<SqlBool>`(${key} >= ${prefix} and ${key} < ${upper} and ${like})`;
}

/** The first `length` characters (code points, as the database counts them). */
function leading(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : chars.slice(0, length).join("");
}
