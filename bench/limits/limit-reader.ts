import type { ReadRequest } from "../reads/read-request.js";
import type { RequestSet } from "../reads/request-sets.js";
import type { LoadShape } from "../reads/time-http.js";
import type { Statement } from "./statement.js";

/** The store's limit for one kind of read, measured as the server is. */
export interface StoreTiming {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
}

/**
 * The store's read limit on one database: the bench's own SQL for each
 * read, straight through the database's driver, beside the statements the
 * product's store runs for the same read.
 */
export interface LimitReader {
  /** Runs one read as `time` runs it, and returns its statements with their values. */
  traced(request: ReadRequest): Promise<Statement[]>;
  /** The statements the product's store runs for the same read. */
  productStatements(request: ReadRequest): Promise<Statement[]>;
  /** A warm-up, then latency one read after another, then throughput. */
  time(set: RequestSet, load: LoadShape): Promise<StoreTiming>;
  close(): Promise<void>;
}
