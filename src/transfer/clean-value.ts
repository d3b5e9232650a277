// Node 20 has String.prototype.isWellFormed; the project's lib (ES2023) does not declare it.
/// <reference lib="es2024.string" />
import type { FlagReason, ImportReport } from "./import-report.js";
import { ItemRefusal } from "./item-refusal.js";
import { mojibakeRepairer, type Repair } from "./mojibake.js";
import { recordFlag, recordRepair } from "./report-records.js";
import { isShortenedNumber } from "./spreadsheet-number.js";

/**
 * Makes each value of a file what Flextory stores: doubly decoded UTF-8
 * repaired where it can be, NFC. Repaired values are noted with their line
 * and column, so that a person can check them; values that cannot be made
 * right are kept as they stand and flagged the same way. Text with a lone
 * surrogate (only a JSON escape such as `\ud800` can make one) is no text
 * at all: its item is refused.
 */
export class ValueCleaner {
  private readonly repair: (text: string) => Repair;
  /** Only a spreadsheet writes long numbers in scientific form; an export never does. */
  private readonly fromSpreadsheet: boolean;

  constructor(
    private readonly report: ImportReport,
    lostByteChars: string,
  ) {
    this.repair = mojibakeRepairer(lostByteChars);
    this.fromSpreadsheet = report.format === "csv";
  }

  clean(raw: string, line: number, column: string): string {
    if (!raw.isWellFormed()) {
      throw new ItemRefusal(`${column.toWellFormed()}: not valid Unicode (a lone surrogate)`);
    }
    const repair = this.repair(raw);
    const text = repair.text.normalize("NFC");
    if (repair.outcome === "repaired") {
      recordRepair(this.report, { line, column, before: raw, after: text });
    }
    if (repair.outcome === "unrepairable") this.flag(line, column, raw, "mojibake");
    else if (raw.includes("\uFFFD")) this.flag(line, column, raw, "invalid-bytes");
    if (this.fromSpreadsheet && isShortenedNumber(raw)) {
      this.flag(line, column, raw, "shortened-number");
    }
    return text;
  }

  private flag(line: number, column: string, value: string, reason: FlagReason): void {
    recordFlag(this.report, { line, column, value, reason });
  }
}
