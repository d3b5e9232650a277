import type { FlagReason, ImportReport } from "./import-report.js";
import { recordFlag } from "./import-report.js";
import { mojibakeRepairer, type Repair } from "./mojibake.js";
import { isShortenedNumber } from "./spreadsheet-number.js";

/**
 * Makes each value of a file what Flextory stores: doubly decoded UTF-8
 * repaired where it can be, NFC. Values that cannot be made right are kept
 * as they stand and flagged in the report with their line and column.
 */
export class ValueCleaner {
  private readonly repair: (text: string) => Repair;

  constructor(
    private readonly report: ImportReport,
    lostByteChars: string,
  ) {
    this.repair = mojibakeRepairer(lostByteChars);
  }

  clean(raw: string, line: number, column: string): string {
    const repair = this.repair(raw);
    if (repair.outcome === "repaired") this.report.repairedValues++;
    if (repair.outcome === "unrepairable") this.flag(line, column, raw, "mojibake");
    else if (raw.includes("\uFFFD")) this.flag(line, column, raw, "invalid-bytes");
    if (isShortenedNumber(raw)) this.flag(line, column, raw, "shortened-number");
    return repair.text.normalize("NFC");
  }

  private flag(line: number, column: string, value: string, reason: FlagReason): void {
    recordFlag(this.report, { line, column, value, reason });
  }
}
