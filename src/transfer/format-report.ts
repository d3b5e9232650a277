import type { FlagReason, ImportReport } from "./import-report.js";

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

const FLAG_MEANINGS: Record<FlagReason, string> = {
  mojibake: "mis-decoded text that could not be repaired",
  "invalid-bytes": "bytes that are not valid in the file's encoding",
  "shortened-number": "a number a spreadsheet shortened; its digits are lost",
};

/** The report as text for a person, one fact a line. */
export function formatImportReport(report: ImportReport): string {
  return [
    ...summaryLines(report),
    ...duplicateLines(report),
    ...flagLines(report),
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
    }${report.delimiter === undefined ? "" : `; delimiter: ${JSON.stringify(report.delimiter)}`}`,
  ];
  if (report.columns !== undefined) lines.push(`Columns: ${describeColumns(report.columns)}`);
  lines.push(
    `Rows read: ${report.rowsRead}`,
    `Created: ${report.created}, updated: ${report.updated}, unchanged: ${report.unchanged}, ` +
      `refused: ${report.refusedCount}`,
    `Rows without barcode: ${report.withoutBarcode} (created anew on every import)`,
    `Item types created: ${report.typesCreatedCount}${listed(report.typesCreated)}`,
    `Categories created: ${report.categoriesCreatedCount}${listed(report.categoriesCreated)}`,
    `Values repaired: ${report.repairedValues}`,
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
    return `${label} from ${header === undefined ? "(none)" : JSON.stringify(header)}`;
  });
  return parts.join(", ");
}

function duplicateLines(report: ImportReport): string[] {
  if (report.duplicateHeaders.length === 0) return [];
  return [
    "Duplicate headers:",
    ...report.duplicateHeaders.map(
      (d) =>
        `  "${d.header}" (column ${d.column}) repeats column ${d.firstColumn}: ` +
        `${d.merged} equal values merged, ${d.kept} different values kept as "${d.keptAs}"`,
    ),
  ];
}

function flagLines(report: ImportReport): string[] {
  if (report.flaggedCount === 0) return [];
  return [
    `Flagged values, kept as they stand (${report.flaggedCount}):`,
    ...report.flagged.map(
      (f) =>
        `  line ${f.line}, ${f.column}: ${JSON.stringify(f.value)}: ${FLAG_MEANINGS[f.reason]}`,
    ),
    ...more(report.flaggedCount, report.flagged.length),
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
  const shown = names.slice(0, NAMES_SHOWN).map((name) => JSON.stringify(name));
  return ` (${shown.join(", ")}${names.length > NAMES_SHOWN ? ", …" : ""})`;
}

function more(total: number, shown: number): string[] {
  return total > shown ? [`  … and ${total - shown} more`] : [];
}
