import { timestampNow } from "../domain/item.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { ValueCleaner } from "./clean-value.js";
import type { SourceRow } from "./import-entry.js";
import { checkImportOptions, type ImportOptions } from "./import-options.js";
import { emptyReport, type ImportReport } from "./import-report.js";
import { runImport } from "./import-runner.js";
import { JsonArraySplitter } from "./json-array-splitter.js";
import type { ReadElement } from "./json-element.js";
import { rowOfJsonItem } from "./json-item.js";
import { LinkRestorer } from "./link-restorer.js";
import { readNdjsonLines } from "./ndjson-lines.js";
import { openTextSource, type TextSource } from "./text-source.js";

/**
 * Imports items in the API's item form: a JSON array of items, or NDJSON
 * (one item a line), told apart by the file's first character. The rules
 * are those of `importCsv`: items with a known barcode are updated, the
 * rest created, a broken item refused with its line. Ids in the file are
 * remapped: links between items of the same file are made again between
 * their new ids; links to items outside the file are left out and counted.
 * To do so it keeps each item's old and new id until the end: a few bytes
 * an item, the one part of an import that grows with the file.
 *
 * @example
 * const report = await importJson(store, new ItemService(), accountId, "items.ndjson");
 */
export async function importJson(
  store: Store,
  itemService: ItemService,
  accountId: number,
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const settings = checkImportOptions(options);
  const source = await openTextSource(filePath, settings.encoding);
  const format = source.sample.trimStart().startsWith("[") ? "json" : "ndjson";
  const report = emptyReport(filePath, format, settings.dryRun, source.encoding, source.lineEnding);

  const links = new LinkRestorer(itemService, accountId, report);
  const rows = readRows(source, format === "json", report);
  await runImport(store, itemService, accountId, rows, settings, report, {
    written: (entry, id) => links.written(entry, id),
    finish: (target) => links.restore(target, timestampNow(), settings.batchSize),
  });
  return report;
}

async function* readRows(
  source: TextSource,
  isArray: boolean,
  report: ImportReport,
): AsyncGenerator<SourceRow> {
  const cleaner = new ValueCleaner(report, source.lostByteChars);
  const elements = isArray ? readArray(source) : readNdjsonLines(source.chunks());
  for await (const element of elements) {
    report.rowsRead++;
    yield rowOfJsonItem(element, cleaner);
  }
}

async function* readArray(source: TextSource): AsyncGenerator<ReadElement> {
  const splitter = new JsonArraySplitter();
  for await (const chunk of source.chunks()) yield* splitter.push(chunk);
  splitter.finish();
}
