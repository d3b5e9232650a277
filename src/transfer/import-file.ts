import path from "node:path";
import { badRequest } from "../errors/codes.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { importCsv } from "./import-csv.js";
import { importJson } from "./import-json.js";
import type { CsvImportOptions } from "./import-options.js";
import type { ImportReport } from "./import-report.js";

/** File name endings read as JSON or NDJSON; every other file is read as CSV. */
export const JSON_EXTENSIONS: readonly string[] = [".json", ".ndjson", ".jsonl"];

/**
 * Imports a file by the ending of its name: `.json`, `.ndjson` and `.jsonl`
 * with `importJson`, anything else with `importCsv`.
 */
export async function importFile(
  store: Store,
  itemService: ItemService,
  accountId: number,
  filePath: string,
  options: CsvImportOptions = {},
): Promise<ImportReport> {
  if (!JSON_EXTENSIONS.includes(path.extname(filePath).toLowerCase())) {
    return importCsv(store, itemService, accountId, filePath, options);
  }
  const { columns, ...jsonOptions } = options;
  if (columns !== undefined && Object.values(columns).some((header) => header !== undefined)) {
    throw badRequest("column overrides are for CSV files only");
  }
  return importJson(store, itemService, accountId, filePath, jsonOptions);
}
