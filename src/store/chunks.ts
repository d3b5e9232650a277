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
