import SqliteDatabase from "better-sqlite3";
import { ALL_ATTRIBUTES, ALL_ITEMS, ALL_LINKS } from "../scan-sql.js";

/**
 * The store's limit for an export: every item, attribute and link of the
 * account read once, in order, through three prepared statements, in items
 * per second. An export needs no less than this from the database.
 */
export function timeStoreScan(file: string, accountId: number): { itemsPerSecond: number } {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const started = process.hrtime.bigint();
    let items = 0;
    for (const _ of db.prepare(ALL_ITEMS).iterate(accountId)) items++;
    for (const _ of db.prepare(ALL_ATTRIBUTES).iterate(accountId));
    for (const _ of db.prepare(ALL_LINKS).iterate(accountId));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { itemsPerSecond: items / seconds };
  } finally {
    db.close();
  }
}
