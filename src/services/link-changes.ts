import { badRequest } from "../errors/codes.js";
import type { Store } from "../store/store.js";

/**
 * Adds and removes links of one item. Returns the other items whose links
 * changed, so that their modification date moves too.
 */
export async function changeLinks(
  tx: Store,
  accountId: number,
  itemId: number,
  add: readonly number[],
  remove: readonly number[],
  warnings: string[],
): Promise<number[]> {
  if (add.length === 0 && remove.length === 0) return [];
  await checkTargets(tx, accountId, itemId, add);

  const current = new Set(
    (await tx.links.forItems(accountId, [itemId])).map((link) => link.linked_id),
  );
  const added = unique(add).filter((id) => !current.has(id));
  const removed: number[] = [];
  for (const id of unique(remove)) {
    if (current.has(id)) removed.push(id);
    else warnings.push(`the item has no link to ${id} to delete`);
  }

  await tx.links.add(accountId, itemId, added);
  await tx.links.remove(accountId, itemId, removed);
  return [...added, ...removed];
}

/**
 * Refuses a link to the item itself or to an id the account does not have;
 * the message is the same whether or not the id exists in another account.
 */
async function checkTargets(
  tx: Store,
  accountId: number,
  itemId: number,
  ids: readonly number[],
): Promise<void> {
  if (ids.includes(itemId)) throw badRequest(`links: an item cannot link to itself (${itemId})`);
  const existing = await tx.items.existing(accountId, unique(ids));
  const missing = ids.find((id) => !existing.has(id));
  if (missing !== undefined) throw badRequest(`links: there is no item ${missing}`);
}

function unique(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}
