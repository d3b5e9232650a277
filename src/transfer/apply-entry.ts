import type { ItemChange } from "../domain/item.js";
import { checkBarcode } from "../domain/item-rules.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import type { CatalogWatch } from "./catalog-watch.js";
import type { ImportEntry } from "./import-entry.js";
import type { ImportReport } from "./import-report.js";

export type EntryOutcome = "created" | "updated" | "unchanged";

/** What one import needs to write an entry. */
export interface ApplyContext {
  service: ItemService;
  accountId: number;
  catalogs: CatalogWatch;
  report: ImportReport;
}

/**
 * Writes one entry through the item service: an item with the entry's
 * barcode is updated with what the entry gives, anything else is created.
 * Throws the service's FlextoryError when the entry breaks a rule.
 */
export async function applyEntry(
  tx: Store,
  context: ApplyContext,
  entry: ImportEntry,
  now: string,
): Promise<{ outcome: EntryOutcome; id: number }> {
  const { service, accountId, catalogs, report } = context;
  const barcode = checkBarcode(entry.barcode ?? null);
  const existing = barcode === null ? undefined : await tx.items.idByBarcode(accountId, barcode);
  const fresh = await catalogs.newNames(tx, accountId, entry);

  if (existing === undefined) {
    const { id } = await service.create(tx, accountId, changeOf(entry, barcode), now);
    catalogs.confirm(fresh, report);
    if (barcode === null) report.withoutBarcode++;
    return { outcome: "created", id };
  }

  const { changed } = await service.edit(tx, accountId, existing, changeOf(entry), now);
  catalogs.confirm(fresh, report);
  return { outcome: changed ? "updated" : "unchanged", id: existing };
}

/** The change an entry asks for; only what it gives is in it. */
function changeOf(entry: ImportEntry, barcode?: string | null): ItemChange {
  const change: ItemChange = {};
  if (entry.name !== undefined) change.name = entry.name;
  if (barcode !== undefined) change.barcode = barcode;
  if (entry.itemType !== undefined) change.itemType = catalogRef(entry.itemType);
  if (entry.category !== undefined) change.category = catalogRef(entry.category);
  if (entry.attributes.length > 0) change.setAttributes = entry.attributes;
  return change;
}

function catalogRef(name: string | null): ItemChange["itemType"] {
  return name === null ? null : { name };
}
