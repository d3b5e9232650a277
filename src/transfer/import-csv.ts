import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { ValueCleaner } from "./clean-value.js";
import { planColumns } from "./column-plan.js";
import { detectDelimiter } from "./csv-delimiter.js";
import { type CsvRecord, readCsvRecords } from "./csv-records.js";
import { CsvRows } from "./csv-rows.js";
import { unguardCell } from "./formula-guard.js";
import type { SourceRow } from "./import-entry.js";
import {
  type CsvImportOptions,
  checkImportOptions,
  type ImportSettings,
} from "./import-options.js";
import { emptyReport, type ImportReport } from "./import-report.js";
import { runImport } from "./import-runner.js";
import { openTextSource, type TextSource } from "./text-source.js";

/**
 * Imports a CSV file into an account. Headers are mapped by
 * `HEADER_SYNONYMS` (or `options.columns`); every other column becomes an
 * attribute. Rows with a barcode the account has update that item; the
 * rest are created. A broken row is refused with its line and the import
 * goes on. A cell that starts with `'` before a formula's first character
 * loses that `'`, which export adds to keep spreadsheets from running it.
 * The file is streamed, and written in batches of `options.batchSize`
 * rows, each one transaction.
 *
 * @example
 * const report = await importCsv(store, new ItemService(), accountId, "assets.csv", {
 *   dryRun: true,
 *   columns: { barcode: "Serial" },
 * });
 * console.log(formatImportReport(report));
 */
export async function importCsv(
  store: Store,
  itemService: ItemService,
  accountId: number,
  filePath: string,
  options: CsvImportOptions = {},
): Promise<ImportReport> {
  const settings = checkImportOptions(options);
  const source = await openTextSource(filePath, settings.encoding);
  const report = emptyReport(filePath, "csv", settings.dryRun, source.encoding, source.lineEnding);
  const delimiter = detectDelimiter(source.sample);
  report.delimiter = delimiter;

  const rows = readRows(source, delimiter, settings, report);
  await runImport(store, itemService, accountId, rows, settings, report);
  return report;
}

async function* readRows(
  source: TextSource,
  delimiter: string,
  settings: ImportSettings,
  report: ImportReport,
): AsyncGenerator<SourceRow> {
  const cleaner = new ValueCleaner(report, source.lostByteChars);
  let rows: CsvRows | undefined;
  for await (const read of readCsvRecords(source.chunks(), delimiter)) {
    const record = { ...read, fields: read.fields.map(unguardCell) };
    if (isBlank(record)) continue;
    if (rows === undefined) {
      const headers = record.fields.map((header, index) =>
        cleaner.clean(header, record.line, `header ${index + 1}`),
      );
      rows = new CsvRows(planColumns(headers, settings.columns), cleaner, report);
      continue;
    }
    report.rowsRead++;
    yield rows.rowOf(record);
  }
}

/** A line with nothing in it, or only delimiters, as spreadsheets leave below the data. */
function isBlank(record: CsvRecord): boolean {
  return record.problem === undefined && record.fields.every((field) => field.trim() === "");
}
