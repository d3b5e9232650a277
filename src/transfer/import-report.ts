import type { SourceEncoding } from "./detect-encoding.js";
import type { LineEnding } from "./line-ending.js";
import type { ValueGroup } from "./value-groups.js";

export type ImportFormat = "csv" | "json" | "ndjson";

/** Why a value was kept as it stands but pointed out. */
export type FlagReason = "mojibake" | "invalid-bytes" | "shortened-number" | "repeated-id";

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

/** A value repaired as it was read: what the file held, and what is stored. */
export interface RepairedValue {
  line: number;
  column: string;
  before: string;
  after: string;
}

/** The flags of one column and reason, counted together. */
export type FlagGroup = ValueGroup<FlaggedValue, FlagReason>;
/** The repairs of one column, counted together. */
export type RepairGroup = ValueGroup<RepairedValue, "repaired">;

/** A row whose barcode an earlier row of the same file had: it updated that row's item. */
export interface RepeatedBarcode {
  line: number;
  barcode: string;
  /** The first line of the file with this barcode. */
  firstLine: number;
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
  /** The first `REPORT_DETAIL_LIMIT` repaired values. */
  repaired: RepairedValue[];
  /** Repairs counted by column, for the first `GROUP_LIMIT` columns. */
  repairGroups: RepairGroup[];
  flaggedCount: number;
  /** The first `REPORT_DETAIL_LIMIT` flagged values. */
  flagged: FlaggedValue[];
  /** Flags counted by column and reason, for the first `GROUP_LIMIT` such pairs. */
  flagGroups: FlagGroup[];
  repeatedBarcodeCount: number;
  /** The first `REPORT_DETAIL_LIMIT` rows whose barcode an earlier row had. */
  repeatedBarcodes: RepeatedBarcode[];
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
    repaired: [],
    repairGroups: [],
    flaggedCount: 0,
    flagged: [],
    flagGroups: [],
    repeatedBarcodeCount: 0,
    repeatedBarcodes: [],
    duplicateHeaders: [],
    linksRestored: 0,
    linksDropped: 0,
  };
}
