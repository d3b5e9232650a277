import { fold } from "../domain/fold.js";
import type { Attribute } from "../domain/item.js";
import { LIMITS } from "../domain/item-rules.js";
import { badRequest } from "../errors/codes.js";
import type { AttributeRow } from "../store/attribute-store.js";
import type { Store } from "../store/store.js";

/**
 * Sets, adds and removes attributes of one item. Titles are matched
 * ignoring case and accents; a new title goes after the existing ones.
 * Returns whether anything changed.
 */
export async function changeAttributes(
  tx: Store,
  accountId: number,
  itemId: number,
  set: readonly Attribute[],
  remove: readonly string[],
  warnings: string[],
): Promise<boolean> {
  if (set.length === 0 && remove.length === 0) return false;
  const current = await tx.attributes.forItems(accountId, [itemId]);
  const byTitle = new Map(current.map((row) => [row.title_folded, row]));

  const removed = pickRemoved(byTitle, remove, warnings);
  const { updates, inserts } = planSets(byTitle, set, itemId, nextPosition(current));

  const remaining = current.length - removed.length + inserts.length;
  if (remaining > LIMITS.attributesPerItem) {
    throw badRequest(`an item may have at most ${LIMITS.attributesPerItem} attributes`);
  }

  await tx.attributes.remove(accountId, itemId, removed);
  for (const row of updates) await tx.attributes.update(accountId, row);
  await tx.attributes.insert(accountId, inserts);
  return removed.length + updates.length + inserts.length > 0;
}

/** Attribute rows for a new item, in the order given. */
export function newAttributeRows(itemId: number, attributes: readonly Attribute[]): AttributeRow[] {
  return attributes.map(([title, value], position) => ({
    item_id: itemId,
    position,
    title,
    title_folded: fold(title),
    value,
    value_folded: fold(value),
  }));
}

function pickRemoved(
  byTitle: Map<string, AttributeRow>,
  titles: readonly string[],
  warnings: string[],
): string[] {
  const removed: string[] = [];
  for (const title of titles) {
    const folded = fold(title);
    if (byTitle.has(folded)) removed.push(folded);
    else warnings.push(`the item has no attribute "${title}" to delete`);
  }
  return removed;
}

function planSets(
  byTitle: Map<string, AttributeRow>,
  set: readonly Attribute[],
  itemId: number,
  firstFreePosition: number,
): { updates: AttributeRow[]; inserts: AttributeRow[] } {
  const updates: AttributeRow[] = [];
  const fresh: Attribute[] = [];
  for (const [title, value] of set) {
    const existing = byTitle.get(fold(title));
    if (existing === undefined) fresh.push([title, value]);
    else if (existing.title !== title || existing.value !== value) {
      updates.push({ ...existing, title, value, value_folded: fold(value) });
    }
  }
  const inserts = newAttributeRows(itemId, fresh).map((row) => ({
    ...row,
    position: row.position + firstFreePosition,
  }));
  return { updates, inserts };
}

function nextPosition(rows: readonly AttributeRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.position + 1), 0);
}
