import type { LimitReader } from "../limit-reader.js";
import { productStatements } from "./product-statements.js";
import { timeStoreReads } from "./store-read-timing.js";
import { StoreReader } from "./store-reader.js";

/**
 * The SQLite store's read limit, on a read-only connection to its file.
 * Timing stays synchronous, as better-sqlite3 answers inside the server:
 * the promises are only around it.
 */
export function openSqliteLimitReader(file: string, userName: string): LimitReader {
  const reader = new StoreReader(file, userName);
  return {
    traced: async (request) => reader.readTraced(request),
    productStatements: (request) => productStatements(file, userName, request),
    time: async (set, load) => timeStoreReads(reader, set, load),
    close: async () => reader.close(),
  };
}
