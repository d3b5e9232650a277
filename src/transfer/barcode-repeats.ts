import { checkBarcode } from "../domain/item-rules.js";
import type { ImportEntry } from "./import-entry.js";
import type { ImportReport } from "./import-report.js";
import { recordRepeatedBarcode } from "./report-records.js";

/**
 * Notes a barcode that an earlier row of the same file had. Such a row
 * updates the item the earlier row wrote, which is seldom what the file
 * meant, so the report names both lines. The item's id stands for the
 * barcode, so barcodes the store holds equal (by spacing or Unicode form)
 * are one; the first line of each item is kept until the end, a few bytes
 * an item.
 */
export class BarcodeRepeats {
  private readonly firstLineOfItem = new Map<number, number>();

  constructor(private readonly report: ImportReport) {}

  /** An entry was written as item `id`. */
  written(entry: ImportEntry, id: number): void {
    const barcode = checkBarcode(entry.barcode ?? null);
    if (barcode === null) return;

    const firstLine = this.firstLineOfItem.get(id);
    if (firstLine === undefined) this.firstLineOfItem.set(id, entry.line);
    else recordRepeatedBarcode(this.report, { line: entry.line, barcode, firstLine });
  }
}
