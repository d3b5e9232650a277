import { fold } from "../domain/fold.js";
import { checkCatalogName } from "../domain/item-rules.js";
import type { Store } from "../store/store.js";
import type { ImportEntry } from "./import-entry.js";
import type { ImportReport } from "./import-report.js";
import { recordCatalogCreated } from "./report-records.js";

type CatalogField = "itemType" | "category";

const FIELDS: readonly CatalogField[] = ["itemType", "category"];

export interface NewCatalogName {
  field: CatalogField;
  name: string;
}

/**
 * Notes which item types and categories an import makes. Names are checked
 * here, before the item service writes, so that a row refused for a
 * category name never leaves behind an item type it named.
 */
export class CatalogWatch {
  private readonly known: Record<CatalogField, Set<string>> = {
    itemType: new Set(),
    category: new Set(),
  };

  /** The names of `entry` that do not exist yet, and will be made with it. */
  async newNames(tx: Store, accountId: number, entry: ImportEntry): Promise<NewCatalogName[]> {
    const fresh: NewCatalogName[] = [];
    for (const field of FIELDS) {
      const given = entry[field];
      if (given === undefined || given === null) continue;
      const name = checkCatalogName(field, given);
      if (name === "" || this.known[field].has(fold(name))) continue;

      const catalog = field === "itemType" ? tx.itemTypes : tx.categories;
      if ((await catalog.byName(accountId, name)) === undefined) fresh.push({ field, name });
      else this.known[field].add(fold(name));
    }
    return fresh;
  }

  /** Records names made by a row that was written. */
  confirm(fresh: readonly NewCatalogName[], report: ImportReport): void {
    for (const { field, name } of fresh) {
      if (this.known[field].has(fold(name))) continue;
      this.known[field].add(fold(name));
      recordCatalogCreated(report, field, name);
    }
  }
}
