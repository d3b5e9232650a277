import { redactUrl } from "../../dist/config/config.js";
import { openPostgresStore } from "../../dist/store/open-postgres-store.js";
import type { Store } from "../../dist/store/store.js";
import type { LimitReader } from "../limits/limit-reader.js";
import { openPostgresLimitReader } from "../limits/postgres/limit-reader.js";
import { timeStoreScan } from "../limits/postgres/store-scan.js";
import { timeStoreWrites } from "../limits/postgres/store-writes.js";
import { note } from "../progress.js";
import type { BenchStore } from "./bench-store.js";
import {
  dropDatabase,
  recreateDatabase,
  schemaUrl,
  serverVersion,
  withClient,
} from "./postgres-database.js";

/** The schema of the write limit's fresh store, beside the run's store in `public`. */
const WRITE_LIMIT_SCHEMA = "write_limit";

/** The PostgreSQL store: a database of its own, made afresh for the run and dropped after. */
export class PostgresBenchStore implements BenchStore {
  readonly name = "postgres";
  readonly flags: readonly string[];

  constructor(
    private readonly url: string,
    private readonly keep = false,
  ) {
    this.flags = ["--database", url];
  }

  version(): Promise<string> {
    return serverVersion(this.url);
  }

  async create(): Promise<void> {
    await recreateDatabase(this.url);
    note(`made the database ${redactUrl(this.url)} afresh`);
  }

  open(): Promise<Store> {
    return openPostgresStore(this.url, 1);
  }

  /**
   * `vacuum analyze`, which autovacuum runs on its own within a minute or so
   * of a bulk load: without statistics the planner takes `account_id = 1`
   * for a rare value and chooses plans that read the whole account's index.
   * Done here, the reads are timed on a settled store whether or not the
   * server's autovacuum is on, and whenever it would have come.
   */
  async settle(): Promise<void> {
    const started = process.hrtime.bigint();
    await withClient(this.url, (client) => client.query("vacuum (analyze)"));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    note(`vacuumed and analyzed the store in ${seconds.toFixed(1)} s, as autovacuum would`);
  }

  async timeWrites(items: number, seed: number): Promise<{ itemsPerSecond: number }> {
    const schema = WRITE_LIMIT_SCHEMA;
    await withClient(this.url, (client) => client.query(`create schema ${schema}`));
    try {
      return await timeStoreWrites(schemaUrl(this.url, schema), items, seed);
    } finally {
      await withClient(this.url, (client) => client.query(`drop schema ${schema} cascade`));
    }
  }

  openLimitReader(userName: string, connections: number): Promise<LimitReader> {
    return openPostgresLimitReader(this.url, userName, connections);
  }

  timeScan(accountId: number): Promise<{ itemsPerSecond: number }> {
    return timeStoreScan(this.url, accountId);
  }

  async remove(): Promise<void> {
    if (this.keep) note(`kept the database ${redactUrl(this.url)}`);
    else await dropDatabase(this.url);
  }
}
