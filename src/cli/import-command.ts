import path from "node:path";
import type { Command } from "commander";
import { badRequest } from "../errors/codes.js";
import { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { formatImportReport } from "../transfer/format-report.js";
import { importFile, JSON_EXTENSIONS } from "../transfer/import-file.js";
import type { ImportReport } from "../transfer/import-report.js";
import { CliExit } from "./cli-exit.js";
import { ACCOUNT_OPTION_HELP } from "./option-help.js";
import { ProgressLine } from "./progress-line.js";
import { accountFor, withStore } from "./store-session.js";

/** The exit code of an import that went through but refused rows, so a script can tell. */
export const EXIT_ROWS_REFUSED = 2;

interface ImportCommandOptions {
  dryRun?: boolean;
  verbose?: boolean;
  encoding?: string;
  name?: string;
  barcode?: string;
  type?: string;
  category?: string;
  account?: string;
}

const EXIT_HELP = `
Exit status: 0 when every row went in; ${EXIT_ROWS_REFUSED} when rows were refused (the others
went in, and the report lists the refused ones; in a dry run, when rows would be refused);
1 when the import failed.
`;

/** `flextory import FILE`: a CSV or JSON file into the account, with a report at the end. */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("import items; an item whose barcode the account has updates that item")
    .argument("<file>", "a CSV file, or a JSON or NDJSON export (.json, .ndjson, .jsonl)")
    .option("--dry-run", "count what would change, and change nothing")
    .option("--verbose", "list every flagged and repaired value, not grouped by column")
    .option("--encoding <name>", "the file's encoding, e.g. windows-1252 (default: detected)")
    .option("--name <column>", "CSV: the column that holds the item's name")
    .option("--barcode <column>", "CSV: the column that holds the barcode")
    .option("--type <column>", "CSV: the column that holds the item type")
    .option("--category <column>", "CSV: the column that holds the category")
    .option("--account <name>", ACCOUNT_OPTION_HELP)
    .addHelpText("after", EXIT_HELP)
    .action(async (file: string, options: ImportCommandOptions, command: Command) => {
      const verb = options.dryRun ? "read" : "imported";
      const progress = new ProgressLine((rows) => `${verb} ${rows} rows…`);
      const report = await withStore(command, (store) =>
        importInto(store, file, options, (rows) => progress.update(rows)),
      );
      progress.finish();
      const verbose = options.verbose === true;
      process.stdout.write(`${formatImportReport(report, { verbose })}\n`);
      if (report.refusedCount > 0) throw new CliExit(EXIT_ROWS_REFUSED);
    });
}

async function importInto(
  store: Store,
  file: string,
  options: ImportCommandOptions,
  onProgress: (rows: number) => void,
): Promise<ImportReport> {
  const columns = {
    name: options.name,
    barcode: options.barcode,
    itemType: options.type,
    category: options.category,
  };
  const given = Object.values(columns).some((column) => column !== undefined);
  if (given && JSON_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
    throw badRequest("--name, --barcode, --type and --category are for CSV files only");
  }

  const { id } = await accountFor(store, options.account);
  const settings = { dryRun: options.dryRun === true, encoding: options.encoding, onProgress };
  return importFile(store, new ItemService(), id, file, { ...settings, columns });
}
