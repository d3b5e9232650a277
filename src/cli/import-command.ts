import path from "node:path";
import type { Command } from "commander";
import { badRequest } from "../errors/codes.js";
import { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { formatImportReport } from "../transfer/format-report.js";
import { importCsv } from "../transfer/import-csv.js";
import { importJson } from "../transfer/import-json.js";
import type { ImportReport } from "../transfer/import-report.js";
import { ACCOUNT_OPTION_HELP } from "./option-help.js";
import { ProgressLine } from "./progress-line.js";
import { accountFor, withStore } from "./store-session.js";

interface ImportCommandOptions {
  dryRun?: boolean;
  encoding?: string;
  name?: string;
  barcode?: string;
  type?: string;
  category?: string;
  account?: string;
}

const JSON_EXTENSIONS = new Set([".json", ".ndjson", ".jsonl"]);

/** `flextory import FILE`: a CSV or JSON file into the account, with a report at the end. */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("import items; an item whose barcode the account has updates that item")
    .argument("<file>", "a CSV file, or a JSON or NDJSON export (.json, .ndjson, .jsonl)")
    .option("--dry-run", "count what would change, and change nothing")
    .option("--encoding <name>", "the file's encoding, e.g. windows-1252 (default: detected)")
    .option("--name <column>", "CSV: the column that holds the item's name")
    .option("--barcode <column>", "CSV: the column that holds the barcode")
    .option("--type <column>", "CSV: the column that holds the item type")
    .option("--category <column>", "CSV: the column that holds the category")
    .option("--account <name>", ACCOUNT_OPTION_HELP)
    .action(async (file: string, options: ImportCommandOptions, command: Command) => {
      const verb = options.dryRun ? "read" : "imported";
      const progress = new ProgressLine((rows) => `${verb} ${rows} rows…`);
      const report = await withStore(command, (store) =>
        importFile(store, file, options, (rows) => progress.update(rows)),
      );
      progress.finish();
      process.stdout.write(`${formatImportReport(report)}\n`);
    });
}

/** JSON and NDJSON exports by their extension; anything else is read as CSV. */
async function importFile(
  store: Store,
  file: string,
  options: ImportCommandOptions,
  onProgress: (rows: number) => void,
): Promise<ImportReport> {
  const { id } = await accountFor(store, options.account);
  const settings = { dryRun: options.dryRun === true, encoding: options.encoding, onProgress };
  const columns = {
    name: options.name,
    barcode: options.barcode,
    itemType: options.type,
    category: options.category,
  };

  if (!JSON_EXTENSIONS.has(path.extname(file).toLowerCase())) {
    return importCsv(store, new ItemService(), id, file, { ...settings, columns });
  }
  if (Object.values(columns).some((column) => column !== undefined)) {
    throw badRequest("--name, --barcode, --type and --category are for CSV files only");
  }
  return importJson(store, new ItemService(), id, file, settings);
}
