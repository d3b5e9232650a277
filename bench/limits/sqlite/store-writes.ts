import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { fold } from "../../../dist/domain/fold.js";
import { timestampNow } from "../../../dist/domain/item.js";
import { DATABASE_FILE, openSqliteStore } from "../../../dist/store/open-store.js";
import { ATTRIBUTE_TITLES, type InventoryItem, inventoryItems } from "../../inventory/items.js";
import { CATEGORIES, ITEM_TYPES } from "../../inventory/vocabulary.js";

/** Items made, outside the clock, before each run of inserts. */
const ITEMS_PER_ROUND = 10_000;

const INSERT_ITEM = `insert into items
  (account_id, name, name_folded, barcode, type_id, category_id, date_added, date_modified, version)
  values (?, ?, ?, ?, ?, ?, ?, ?, 1)`;
const INSERT_ATTRIBUTE = `insert into attributes
  (account_id, item_id, position, title, title_folded, value, value_folded)
  values (?, ?, ?, ?, ?, ?, ?)`;

/** Rows of one item, folded, ready to bind. */
interface ItemRows {
  item: unknown[];
  values: Array<[value: string, folded: string]>;
}

/**
 * The store's write limit: the same items inserted into the same tables
 * and indexes (a fresh store, migrated by the product itself) with prepared
 * statements in one transaction, in items per second. The clock runs only
 * while SQLite works: the rows are made and folded between its runs.
 */
export async function timeStoreWrites(dataDir: string, items: number, seed: number) {
  await (await openSqliteStore(dataDir)).close();
  const db = new SqliteDatabase(path.join(dataDir, DATABASE_FILE));
  db.pragma("journal_mode = wal");
  db.pragma("synchronous = normal");
  db.pragma("foreign_keys = on");
  try {
    const seconds = insertAll(db, inventoryItems(items, seed));
    return { seconds, itemsPerSecond: items / seconds };
  } finally {
    db.close();
  }
}

function insertAll(db: SqliteDatabase.Database, source: Iterator<InventoryItem>): number {
  const now = timestampNow();
  let busyNs = 0n;
  const timed = <T>(work: () => T): T => {
    const started = process.hrtime.bigint();
    const result = work();
    busyNs += process.hrtime.bigint() - started;
    return result;
  };

  timed(() => db.exec("begin immediate"));
  const { accountId, typeIds, categoryIds } = timed(() => insertCatalogs(db, now));
  const item = db.prepare(INSERT_ITEM);
  const attribute = db.prepare(INSERT_ATTRIBUTE);
  const titles = ATTRIBUTE_TITLES.map((title) => [title, fold(title)] as const);
  for (;;) {
    const round = nextRound(source, accountId, typeIds, categoryIds, now);
    if (round.length === 0) break;
    timed(() => {
      for (const rows of round) {
        const id = item.run(...rows.item).lastInsertRowid;
        rows.values.forEach(([value, folded], position) => {
          const [title, titleFolded] = titles[position] ?? ["", ""];
          attribute.run(accountId, id, position, title, titleFolded, value, folded);
        });
      }
    });
  }
  timed(() => db.exec("commit"));
  return Number(busyNs) / 1e9;
}

function insertCatalogs(db: SqliteDatabase.Database, now: string) {
  const account = db
    .prepare("insert into accounts (name, name_folded, suspended, created_at) values (?, ?, 0, ?)")
    .run("main", "main", now);
  const accountId = Number(account.lastInsertRowid);
  const insertNames = (table: string, names: readonly string[]) => {
    const insert = db.prepare(
      `insert into ${table} (account_id, name, name_folded) values (?, ?, ?)`,
    );
    return new Map(
      names.map((name) => [name, Number(insert.run(accountId, name, fold(name)).lastInsertRowid)]),
    );
  };
  return {
    accountId,
    typeIds: insertNames("item_types", ITEM_TYPES),
    categoryIds: insertNames("categories", CATEGORIES),
  };
}

function nextRound(
  source: Iterator<InventoryItem>,
  accountId: number,
  typeIds: Map<string, number>,
  categoryIds: Map<string, number>,
  now: string,
): ItemRows[] {
  const round: ItemRows[] = [];
  for (let next = source.next(); !next.done; next = source.next()) {
    const { name, barcode, itemType, category, values } = next.value;
    const typeId = typeIds.get(itemType);
    const categoryId = categoryIds.get(category);
    round.push({
      item: [accountId, name, fold(name), barcode, typeId, categoryId, now, now],
      values: values.map((value) => [value, fold(value)]),
    });
    if (round.length === ITEMS_PER_ROUND) break;
  }
  return round;
}
