import type { SourceEncoding } from "./detect-encoding.js";
import type { LineEnding } from "./line-ending.js";

/** Details kept per list; beyond it only the counts grow, so memory stays bounded. */
export const REPORT_DETAIL_LIMIT = 1000;

export type ImportFormat = "csv" | "json" | "ndjson";

/** Why a value was kept as it stands but pointed out. */
export type FlagReason = "mojibake" | "invalid-bytes" | "shortened-number";

export interface RefusedRow {
  line: number;
  reason: string;
}

export interface FlaggedValue {
  line: number;
  /** The column's header (CSV) or the field's name (JSON). */
  column: string;
  value: string;
  reason: FlagReason;
}

/** A column whose header repeats an earlier one, and what became of its values. */
export interface DuplicateHeader {
  header: string;
  /** Columns counted from 1. */
  column: number;
  firstColumn: number;
  /** Values equal to the first column's (or empty): nothing to keep. */
  merged: number;
  /** Values that differ, kept as attribute `keptAs`. */
  kept: number;
  keptAs: string;
}

/** What an import did, or in a dry run would do. */
export interface ImportReport {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  encoding: string;
  /** How the encoding was chosen: told, by byte order mark, as valid UTF-8, or by score. */
  encodingChosenBy: "option" | "bom" | "valid-utf-8" | "score";
  bom: boolean;
  lineEnding: LineEnding;
  /** CSV only: the field delimiter found in the header. */
  delimiter?: string;
  /** CSV only: the header each reserved column was read from. */
  columns?: Partial<Record<"name" | "barcode" | "itemType" | "category", string>>;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  refusedCount: number;
  /** The first `REPORT_DETAIL_LIMIT` refused rows. */
  refused: RefusedRow[];
  /** Rows created without a barcode: each import of them makes new items. */
  withoutBarcode: number;
  typesCreatedCount: number;
  categoriesCreatedCount: number;
  /** The first `REPORT_DETAIL_LIMIT` names of item types made. */
  typesCreated: string[];
  categoriesCreated: string[];
  repairedValues: number;
  flaggedCount: number;
  /** The first `REPORT_DETAIL_LIMIT` flagged values. */
  flagged: FlaggedValue[];
  duplicateHeaders: DuplicateHeader[];
  /** JSON only: links between items of the file, restored with the new ids. */
  linksRestored: number;
  /** JSON only: links to items that are not in the file, left out. */
  linksDropped: number;
}

export function emptyReport(
  file: string,
  format: ImportFormat,
  dryRun: boolean,
  encoding: SourceEncoding,
  lineEnding: LineEnding,
): ImportReport {
  return {
    file,
    format,
    dryRun,
    encoding: encoding.name,
    encodingChosenBy: encoding.chosenBy,
    bom: encoding.bomLength > 0,
    lineEnding,
    rowsRead: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    refusedCount: 0,
    refused: [],
    withoutBarcode: 0,
    typesCreatedCount: 0,
    categoriesCreatedCount: 0,
    typesCreated: [],
    categoriesCreated: [],
    repairedValues: 0,
    flaggedCount: 0,
    flagged: [],
    duplicateHeaders: [],
    linksRestored: 0,
    linksDropped: 0,
  };
}

export function recordRefusal(report: ImportReport, line: number, reason: string): void {
  report.refusedCount++;
  if (report.refused.length < REPORT_DETAIL_LIMIT) report.refused.push({ line, reason });
}

export function recordFlag(report: ImportReport, flag: FlaggedValue): void {
  report.flaggedCount++;
  if (report.flagged.length < REPORT_DETAIL_LIMIT) report.flagged.push(flag);
}

export function recordCatalogCreated(
  report: ImportReport,
  field: "itemType" | "category",
  name: string,
): void {
  const names = field === "itemType" ? report.typesCreated : report.categoriesCreated;
  if (field === "itemType") report.typesCreatedCount++;
  else report.categoriesCreatedCount++;
  if (names.length < REPORT_DETAIL_LIMIT) names.push(name);
}
