import type { Store } from "../../dist/store/store.js";
import type { LimitReader } from "../limits/limit-reader.js";
import type { BenchOptions, StoreName } from "../options.js";
import type { WorkFolder } from "../work-folder.js";
import { PostgresBenchStore } from "./postgres-bench-store.js";
import { SqliteBenchStore } from "./sqlite-bench-store.js";

/**
 * The store one run measures, and everything the bench does to it besides
 * running the product: make it afresh, open it through the product's own
 * code, and time the database alone beside it (the store's limits).
 */
export interface BenchStore {
  readonly name: StoreName;
  /** Flags that point a `flextory` command at the run's store. */
  readonly flags: readonly string[];
  /** The database and its version, as the report names it: `SQLite 3.50.4`. */
  version(): Promise<string>;
  /** Makes the store's place afresh and empty, so that figures start from nothing. */
  create(): Promise<void>;
  /** The run's store, opened by the product as its commands open it. */
  open(): Promise<Store>;
  /**
   * Brings the store, once filled, to the state it keeps in service, so that
   * reads are timed on that state and not on the moment after a bulk load.
   */
  settle(): Promise<void>;
  /** The write limit: the same rows inserted by hand into a fresh store beside the run's. */
  timeWrites(items: number, seed: number): Promise<{ itemsPerSecond: number }>;
  /** The read limit on the run's store, for the requests of `userName`. */
  openLimitReader(userName: string, connections: number): Promise<LimitReader>;
  /** The export's limit: every row of the account read once, in order. */
  timeScan(accountId: number): Promise<{ itemsPerSecond: number }>;
  /** Removes what `create` made outside the work folder, unless the run keeps it. */
  remove(): Promise<void>;
}

export function benchStoreOf(options: BenchOptions, work: WorkFolder): BenchStore {
  if (options.store === "postgres")
    return new PostgresBenchStore(options.databaseUrl, options.keep);
  return new SqliteBenchStore(work);
}
