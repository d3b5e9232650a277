import { fold } from "../domain/fold.js";
import type { Item, ItemChange } from "../domain/item.js";
import { checkAttributes, checkBarcode, checkName, checkNoOverlap } from "../domain/item-rules.js";
import { conflict, notFound } from "../errors/codes.js";
import type { ItemRow } from "../store/item-store.js";
import type { Store } from "../store/store.js";
import { changeAttributes, newAttributeRows } from "./attribute-changes.js";
import { resolveForChange } from "./catalog-resolver.js";
import { loadItems } from "./item-loader.js";
import { changeLinks } from "./link-changes.js";

export interface ChangeResult {
  id: number;
  /** Whether anything was written (an edit that sets what is already there is not). */
  changed: boolean;
  warnings: string[];
}

type ItemFields = Partial<
  Pick<ItemRow, "name" | "name_folded" | "barcode" | "type_id" | "category_id">
>;

/**
 * The rules of items: every write, from the API, the CLI or an import,
 * goes through here. Each method takes the store of the transaction it
 * runs in, and the account it acts for.
 */
export class ItemService {
  /** Items in the API's form, ascending by id; ids the account lacks are left out. */
  load(store: Store, accountId: number, ids: readonly number[]): Promise<Item[]> {
    return loadItems(store, accountId, ids);
  }

  async create(
    tx: Store,
    accountId: number,
    change: ItemChange,
    now: string,
  ): Promise<ChangeResult> {
    const warnings: string[] = [];
    const name = checkName(change.name ?? "");
    const barcode = checkBarcode(change.barcode ?? null);
    const attributes = checkAttributes(change.setAttributes ?? []);
    await refuseTakenBarcode(tx, accountId, barcode, undefined);

    const id = await tx.items.insert({
      account_id: accountId,
      name,
      name_folded: fold(name),
      barcode,
      type_id: await resolveForChange(
        tx.itemTypes,
        accountId,
        "itemType",
        change.itemType ?? null,
        warnings,
      ),
      category_id: await resolveForChange(
        tx.categories,
        accountId,
        "category",
        change.category ?? null,
        warnings,
      ),
      date_added: now,
      date_modified: now,
      version: 1,
    });
    await tx.attributes.insert(accountId, newAttributeRows(id, attributes));
    const linked = await changeLinks(tx, accountId, id, change.addLinks ?? [], [], warnings);
    await tx.items.touch(accountId, linked, now);
    return { id, changed: true, warnings };
  }

  async edit(
    tx: Store,
    accountId: number,
    id: number,
    change: ItemChange,
    now: string,
  ): Promise<ChangeResult> {
    const row = await tx.items.row(accountId, id);
    if (row === undefined) throw notFound(`there is no item ${id}`);
    const attributes = checkAttributes(change.setAttributes ?? []);
    // Titles are stored trimmed, so a title to remove is matched trimmed too.
    const removedTitles = (change.deleteAttributes ?? []).map((title) => title.trim());
    checkNoOverlap(
      "attributes",
      attributes.map(([title]) => fold(title)),
      removedTitles.map(fold),
    );
    checkNoOverlap("links", change.addLinks ?? [], change.deleteLinks ?? []);

    const warnings: string[] = [];
    const fields = await this.changedFields(tx, accountId, row, change, warnings);
    const attributesChanged = await changeAttributes(
      tx,
      accountId,
      id,
      attributes,
      removedTitles,
      warnings,
    );
    const linked = await changeLinks(
      tx,
      accountId,
      id,
      change.addLinks ?? [],
      change.deleteLinks ?? [],
      warnings,
    );

    const changed = Object.keys(fields).length > 0 || attributesChanged || linked.length > 0;
    if (Object.keys(fields).length > 0) await tx.items.update(accountId, id, fields);
    if (changed) await tx.items.touch(accountId, [id, ...linked], now);
    return { id, changed, warnings };
  }

  /** Removes the item; items it linked to lose the link, and are marked changed. */
  async remove(tx: Store, accountId: number, id: number, now: string): Promise<Item> {
    const [item] = await loadItems(tx, accountId, [id]);
    if (item === undefined) throw notFound(`there is no item ${id}`);
    await tx.items.remove(accountId, id);
    await tx.items.touch(accountId, item.links, now);
    return item;
  }

  private async changedFields(
    tx: Store,
    accountId: number,
    row: ItemRow,
    change: ItemChange,
    warnings: string[],
  ): Promise<ItemFields> {
    const fields: ItemFields = {};
    if (change.name !== undefined) {
      const name = checkName(change.name);
      if (name !== row.name) Object.assign(fields, { name, name_folded: fold(name) });
    }
    if (change.barcode !== undefined) {
      const barcode = checkBarcode(change.barcode);
      await refuseTakenBarcode(tx, accountId, barcode, row.id);
      if (barcode !== row.barcode) fields.barcode = barcode;
    }
    if (change.itemType !== undefined) {
      const typeId = await resolveForChange(
        tx.itemTypes,
        accountId,
        "itemType",
        change.itemType,
        warnings,
      );
      if (typeId !== row.type_id) fields.type_id = typeId;
    }
    if (change.category !== undefined) {
      const categoryId = await resolveForChange(
        tx.categories,
        accountId,
        "category",
        change.category,
        warnings,
      );
      if (categoryId !== row.category_id) fields.category_id = categoryId;
    }
    return fields;
  }
}

async function refuseTakenBarcode(
  tx: Store,
  accountId: number,
  barcode: string | null,
  itemId: number | undefined,
): Promise<void> {
  if (barcode === null) return;
  const holder = await tx.items.idByBarcode(accountId, barcode);
  if (holder !== undefined && holder !== itemId) {
    throw conflict(`barcode "${barcode}" is already item ${holder}'s`);
  }
}
