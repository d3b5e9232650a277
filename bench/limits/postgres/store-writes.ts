import type pg from "pg";
import { fold } from "../../../dist/domain/fold.js";
import { timestampNow } from "../../../dist/domain/item.js";
import { openPostgresStore } from "../../../dist/store/open-postgres-store.js";
import { ATTRIBUTE_TITLES, type InventoryItem, inventoryItems } from "../../inventory/items.js";
import { CATEGORIES, ITEM_TYPES } from "../../inventory/vocabulary.js";
import { withClient } from "../../stores/postgres-database.js";

/** Items made and folded, outside the clock, before each statement. */
const ITEMS_PER_STATEMENT = 1000;

/**
 * Items of a statement come as one array per column: one prepared statement
 * inserts any number of rows, and a round trip carries a thousand items.
 */
const INSERT_ITEMS = {
  name: "flextory_bench_insert_items",
  text: `insert into items
    (account_id, name, name_folded, barcode, type_id, category_id,
      date_added, date_modified, version)
    select $1, name, name_folded, barcode, type_id, category_id, $2, $2, 1
    from unnest($3::text[], $4::text[], $5::text[], $6::integer[], $7::integer[])
      as row (name, name_folded, barcode, type_id, category_id)
    returning id, barcode`,
};
const INSERT_ATTRIBUTES = {
  name: "flextory_bench_insert_attributes",
  text: `insert into attributes
    (account_id, item_id, position, title, title_folded, value, value_folded)
    select $1, item_id, position, title, title_folded, value, value_folded
    from unnest($2::integer[], $3::integer[], $4::text[], $5::text[], $6::text[], $7::text[])
      as row (item_id, position, title, title_folded, value, value_folded)`,
};

/** Catalog ids by name, and the account they belong to. */
interface Catalogs {
  accountId: number;
  typeIds: Map<string, number>;
  categoryIds: Map<string, number>;
}

/**
 * The store's write limit: the same items inserted into the same tables
 * and indexes (a fresh store, migrated by the product itself) in one
 * transaction, a thousand items a statement, in items per second. The
 * clock runs only while PostgreSQL works: rows are made and folded between.
 */
export async function timeStoreWrites(url: string, items: number, seed: number) {
  await (await openPostgresStore(url, 1)).close();
  return withClient(url, async (client) => {
    const seconds = await insertAll(client, inventoryItems(items, seed));
    return { seconds, itemsPerSecond: items / seconds };
  });
}

async function insertAll(client: pg.Client, source: Iterator<InventoryItem>): Promise<number> {
  const now = timestampNow();
  let busyNs = 0n;
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = process.hrtime.bigint();
    const result = await work();
    busyNs += process.hrtime.bigint() - started;
    return result;
  };

  await timed(() => client.query("begin"));
  const catalogs = await timed(() => insertCatalogs(client, now));
  for (let batch = nextBatch(source); batch.length > 0; batch = nextBatch(source)) {
    const columns = itemColumns(batch, catalogs);
    const inserted = await timed(() =>
      client.query<{ id: number; barcode: string }>({
        ...INSERT_ITEMS,
        values: [catalogs.accountId, now, ...columns],
      }),
    );
    const ids = new Map(inserted.rows.map((row) => [row.barcode, row.id]));
    const attributes = attributeColumns(batch, ids);
    await timed(() =>
      client.query({ ...INSERT_ATTRIBUTES, values: [catalogs.accountId, ...attributes] }),
    );
  }
  await timed(() => client.query("commit"));
  return Number(busyNs) / 1e9;
}

async function insertCatalogs(client: pg.Client, now: string): Promise<Catalogs> {
  const account = await client.query<{ id: number }>(
    `insert into accounts (name, name_folded, suspended, created_at)
      values ('main', 'main', 0, $1) returning id`,
    [now],
  );
  const accountId = account.rows[0]?.id;
  if (accountId === undefined) throw new Error("the write limit made no account");
  const insertNames = async (table: string, names: readonly string[]) => {
    const ids = new Map<string, number>();
    for (const name of names) {
      const row = await client.query<{ id: number }>(
        `insert into ${table} (account_id, name, name_folded) values ($1, $2, $3) returning id`,
        [accountId, name, fold(name)],
      );
      ids.set(name, row.rows[0]?.id ?? 0);
    }
    return ids;
  };
  return {
    accountId,
    typeIds: await insertNames("item_types", ITEM_TYPES),
    categoryIds: await insertNames("categories", CATEGORIES),
  };
}

function nextBatch(source: Iterator<InventoryItem>): InventoryItem[] {
  const batch: InventoryItem[] = [];
  for (let next = source.next(); !next.done; next = source.next()) {
    batch.push(next.value);
    if (batch.length === ITEMS_PER_STATEMENT) break;
  }
  return batch;
}

/** Names, folded names, barcodes, type ids and category ids, a column each. */
function itemColumns(batch: readonly InventoryItem[], catalogs: Catalogs): unknown[][] {
  return [
    batch.map((item) => item.name),
    batch.map((item) => fold(item.name)),
    batch.map((item) => item.barcode),
    batch.map((item) => catalogs.typeIds.get(item.itemType) ?? null),
    batch.map((item) => catalogs.categoryIds.get(item.category) ?? null),
  ];
}

/** Every attribute of the batch, a column each, tied to its item by the barcode's new id. */
function attributeColumns(
  batch: readonly InventoryItem[],
  ids: ReadonlyMap<string, number>,
): unknown[][] {
  const itemIds: number[] = [];
  const positions: number[] = [];
  const titles: string[] = [];
  const titlesFolded: string[] = [];
  const values: string[] = [];
  const valuesFolded: string[] = [];
  const folded = ATTRIBUTE_TITLES.map((title) => fold(title));
  for (const item of batch) {
    const id = ids.get(item.barcode);
    if (id === undefined) throw new Error(`the write limit lost item ${item.barcode}`);
    item.values.forEach((value, position) => {
      itemIds.push(id);
      positions.push(position);
      titles.push(ATTRIBUTE_TITLES[position] ?? "");
      titlesFolded.push(folded[position] ?? "");
      values.push(value);
      valuesFolded.push(fold(value));
    });
  }
  return [itemIds, positions, titles, titlesFolded, values, valuesFolded];
}
