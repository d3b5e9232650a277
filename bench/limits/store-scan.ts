import SqliteDatabase from "better-sqlite3";

const ALL_ITEMS = `select items.*, t.name as type_name, c.name as category_name from items
  left join item_types as t on t.account_id = items.account_id and t.id = items.type_id
  left join categories as c on c.account_id = items.account_id and c.id = items.category_id
  where items.account_id = ? order by items.id`;
const ALL_ATTRIBUTES = `select item_id, position, title, value from attributes
  where account_id = ? order by item_id, position`;
const ALL_LINKS = `select item_id, linked_id from links
  where account_id = ? order by item_id, linked_id`;

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
