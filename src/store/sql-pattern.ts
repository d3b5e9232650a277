import { type Expression, type SqlBool, sql } from "kysely";
import { type Pattern, prefixUpperBound } from "../domain/pattern.js";

/**
 * A condition that `column` (folded text) matches `pattern`. A leading
 * literal becomes an index range in every database; the rest is `LIKE`
 * with `\` as its escape, so `%` and `_` typed by a user stay literal.
 */
export function matchesPattern(column: Expression<string>, pattern: Pattern): Expression<SqlBool> {
  if (pattern.kind === "exact") return sql<SqlBool>`${column} = ${pattern.value}`;

  const like = sql<SqlBool>`${column} like ${pattern.like} escape '\\'`;
  const upper = prefixUpperBound(pattern.prefix);
  if (upper === undefined) return like;

  return sql<SqlBool>`(${column} >= ${pattern.prefix} and ${column} < ${upper} and ${like})`;
}
