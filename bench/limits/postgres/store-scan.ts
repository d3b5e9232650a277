import type pg from "pg";
import { withClient } from "../../stores/postgres-database.js";
import { ALL_ATTRIBUTES, ALL_ITEMS, ALL_LINKS } from "../scan-sql.js";
import { numbered } from "./store-reader.js";

/** Rows a cursor hands over at a time: few round trips, and flat memory at any size. */
const FETCH_ROWS = 10_000;

/**
 * The store's limit for an export: every item, attribute and link of the
 * account read once, in order, through three cursors on one snapshot, in
 * items per second. An export needs no less than this from the database.
 */
export async function timeStoreScan(url: string, accountId: number) {
  return withClient(url, async (client) => {
    const started = process.hrtime.bigint();
    await client.query("begin isolation level repeatable read read only");
    const items = await drain(client, ALL_ITEMS, accountId);
    await drain(client, ALL_ATTRIBUTES, accountId);
    await drain(client, ALL_LINKS, accountId);
    await client.query("commit");
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { itemsPerSecond: items / seconds };
  });
}

/** Reads every row of `sql` through a cursor; the number of rows. */
async function drain(client: pg.Client, sql: string, accountId: number): Promise<number> {
  await client.query(`declare scan no scroll cursor for ${numbered(sql)}`, [accountId]);
  let rows = 0;
  let fetched = FETCH_ROWS;
  while (fetched === FETCH_ROWS) {
    fetched = (await client.query(`fetch forward ${FETCH_ROWS} from scan`)).rowCount ?? 0;
    rows += fetched;
  }
  await client.query("close scan");
  return rows;
}
