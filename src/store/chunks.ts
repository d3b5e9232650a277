/**
 * Ids per statement. SQLite takes at most 32,766 bound values in one
 * statement, and an item may link to more items than that.
 */
export const IDS_PER_STATEMENT = 500;

/** Splits `values` into runs of at most `size`, for statements with `in (…)` lists. */
export function chunked<T>(values: readonly T[], size = IDS_PER_STATEMENT): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) {
    chunks.push(values.slice(start, start + size));
  }
  return chunks;
}

/**
 * Values bound in one multi-row insert. SQLite takes at most 32,766 bound
 * values a statement and PostgreSQL 65,535; a third of SQLite's limit keeps
 * each statement quick to build and still amortises the round trip.
 */
export const VALUES_PER_INSERT = 10_000;

/** Splits rows of `columns` values each into runs that one insert can bind. */
export function insertChunks<T>(rows: readonly T[], columns: number): T[][] {
  return chunked(rows, Math.max(1, Math.floor(VALUES_PER_INSERT / columns)));
}
