import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Statements kept prepared; the store runs a few dozen shapes of SQL over and over. */
export const CACHED_STATEMENTS = 256;

/**
 * better-sqlite3 as Kysely's SQLite dialect uses it, but with prepared
 * statements kept by their SQL text. Kysely prepares every query anew, and
 * preparing costs about as much as running a small query. Least recently
 * used statements are dropped first.
 */
export function withStatementCache(
  database: BetterSqlite3.Database,
  size = CACHED_STATEMENTS,
): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached !== undefined) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      // better-sqlite3 takes an array of parameters as Kysely passes it; only its types differ.
      const statement = database.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
