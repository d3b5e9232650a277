import { flagLines, repairLines, repeatLines } from "./format-values.js";
import type { ImportReport } from "./import-report.js";
import { quoted } from "./quote-text.js";

/** Names of made types and categories shown in the text; the report object keeps more. */
const NAMES_SHOWN = 10;

const LINE_ENDINGS: Record<ImportReport["lineEnding"], string> = {
  crlf: "CRLF",
  lf: "LF",
  cr: "CR (classic Mac)",
  none: "none (one line)",
};

const CHOSEN_BY: Record<ImportReport["encodingChosenBy"], string> = {
  option: "as told",
  bom: "from its byte order mark",
  "valid-utf-8": "valid UTF-8",
  score: "the likelier reading of its bytes",
};

/** How much of the report the text gives. */
export interface ReportTextOptions {
  /** Every flagged and repaired value the report keeps, one a line, instead of grouped. */
  verbose?: boolean;
}

/**
 * The report as text for a person, one fact a line. Flagged and repaired
 * values are grouped by column and kind: a group of a few is listed whole,
 * a larger one is summed up in one line with its lines and examples, so
 * that a handful of values to mend are not lost among hundreds alike.
 */
export function formatImportReport(report: ImportReport, options: ReportTextOptions = {}): string {
  const verbose = options.verbose === true;
  return [
    ...summaryLines(report),
    ...duplicateLines(report),
    ...flagLines(report, verbose),
    ...repairLines(report, verbose),
    ...repeatLines(report, verbose),
    ...refusalLines(report),
  ].join("\n");
}

function summaryLines(report: ImportReport): string[] {
  const lines = [
    `Import of ${report.file} (${report.format})${report.dryRun ? ": dry run, no change" : ""}`,
    `Encoding: ${report.encoding}${report.bom ? " with BOM" : ""} (${
      CHOSEN_BY[report.encodingChosenBy]
    }); line endings: ${
      LINE_ENDINGS[report.lineEnding]
    }${report.delimiter === undefined ? "" : `; delimiter: ${quoted(report.delimiter)}`}`,
  ];
  if (report.columns !== undefined) lines.push(`Columns: ${describeColumns(report.columns)}`);
  lines.push(
    `Rows read: ${report.rowsRead}`,
    `Created: ${report.created}, updated: ${report.updated}, unchanged: ${report.unchanged}, ` +
      `refused: ${report.refusedCount}`,
    `Rows without barcode: ${report.withoutBarcode} (created anew on every import)`,
    `Item types created: ${report.typesCreatedCount}${listed(report.typesCreated)}`,
    `Categories created: ${report.categoriesCreatedCount}${listed(report.categoriesCreated)}`,
  );
  if (report.format !== "csv") {
    lines.push(`Links restored: ${report.linksRestored}, left out: ${report.linksDropped}`);
  }
  return lines;
}

function describeColumns(columns: NonNullable<ImportReport["columns"]>): string {
  const labels = { name: "name", barcode: "barcode", itemType: "item type", category: "category" };
  const parts = Object.entries(labels).map(([key, label]) => {
    const header = columns[key as keyof typeof labels];
    return `${label} from ${header === undefined ? "(none)" : quoted(header)}`;
  });
  return parts.join(", ");
}

function duplicateLines(report: ImportReport): string[] {
  if (report.duplicateHeaders.length === 0) return [];
  return [
    "Duplicate headers:",
    ...report.duplicateHeaders.map(
      (d) =>
        `  ${quoted(d.header)} (column ${d.column}) repeats column ${d.firstColumn}: ` +
        `${d.merged} equal values merged, ${d.kept} different values kept as ${quoted(d.keptAs)}`,
    ),
  ];
}

function refusalLines(report: ImportReport): string[] {
  if (report.refusedCount === 0) return [];
  return [
    `Refused rows (${report.refusedCount}):`,
    ...report.refused.map((r) => `  line ${r.line}: ${r.reason}`),
    ...more(report.refusedCount, report.refused.length),
  ];
}

function listed(names: readonly string[]): string {
  if (names.length === 0) return "";
  const shown = names.slice(0, NAMES_SHOWN).map(quoted);
  return ` (${shown.join(", ")}${names.length > NAMES_SHOWN ? ", …" : ""})`;
}

function more(total: number, shown: number): string[] {
  return total > shown ? [`  … and ${total - shown} more`] : [];
}
