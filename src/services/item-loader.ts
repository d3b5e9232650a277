import type { Attribute, Item } from "../domain/item.js";
import type { Store } from "../store/store.js";

/** Items in the form every interface shows, ascending by id. */
export async function loadItems(
  store: Store,
  accountId: number,
  ids: readonly number[],
): Promise<Item[]> {
  const rows = await store.items.rows(accountId, ids);
  const found = rows.map((row) => row.id);
  const attributes = groupBy(await store.attributes.forItems(accountId, found));
  const links = groupBy(await store.links.forItems(accountId, found));

  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    barcode: row.barcode,
    assetType: row.type_name,
    itemType: row.type_id,
    category: row.category_id,
    categoryName: row.category_name,
    attributes: (attributes.get(row.id) ?? []).map((a): Attribute => [a.title, a.value]),
    links: (links.get(row.id) ?? []).map((link) => link.linked_id),
    dateAdded: row.date_added,
    dateModified: row.date_modified,
  }));
}

function groupBy<T extends { item_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.item_id);
    if (group) group.push(row);
    else groups.set(row.item_id, [row]);
  }
  return groups;
}
