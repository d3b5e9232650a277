import type {
  FlaggedValue,
  ImportReport,
  RepairedValue,
  RepeatedBarcode,
} from "./import-report.js";
import { addToGroups } from "./value-groups.js";

/** Details kept per list; beyond it only the counts grow, so memory stays bounded. */
export const REPORT_DETAIL_LIMIT = 1000;

export function recordRefusal(report: ImportReport, line: number, reason: string): void {
  report.refusedCount++;
  keep(report.refused, { line, reason });
}

export function recordFlag(report: ImportReport, flag: FlaggedValue): void {
  report.flaggedCount++;
  keep(report.flagged, flag);
  addToGroups(report.flagGroups, flag.reason, flag);
}

export function recordRepair(report: ImportReport, repair: RepairedValue): void {
  report.repairedValues++;
  keep(report.repaired, repair);
  addToGroups(report.repairGroups, "repaired", repair);
}

export function recordRepeatedBarcode(report: ImportReport, repeat: RepeatedBarcode): void {
  report.repeatedBarcodeCount++;
  keep(report.repeatedBarcodes, repeat);
}

export function recordCatalogCreated(
  report: ImportReport,
  field: "itemType" | "category",
  name: string,
): void {
  if (field === "itemType") report.typesCreatedCount++;
  else report.categoriesCreatedCount++;
  keep(field === "itemType" ? report.typesCreated : report.categoriesCreated, name);
}

function keep<T>(list: T[], detail: T): void {
  if (list.length < REPORT_DETAIL_LIMIT) list.push(detail);
}
