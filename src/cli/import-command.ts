import type { Command } from "commander";
import { ItemService } from "../services/item-service.js";
import { formatImportReport } from "../transfer/format-report.js";
import { importCsv } from "../transfer/import-csv.js";
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

/** `flextory import FILE`: a CSV file into the account, with a report at the end. */
export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description("import items from a CSV file; rows whose barcode exists update that item")
    .argument("<file>", "the file to import")
    .option("--dry-run", "count what would change, and change nothing")
    .option("--encoding <name>", "the file's encoding, e.g. windows-1252 (default: detected)")
    .option("--name <column>", "the column that holds the item's name")
    .option("--barcode <column>", "the column that holds the barcode")
    .option("--type <column>", "the column that holds the item type")
    .option("--category <column>", "the column that holds the category")
    .option("--account <name>", ACCOUNT_OPTION_HELP)
    .action(async (file: string, options: ImportCommandOptions, command: Command) => {
      const verb = options.dryRun ? "read" : "imported";
      const progress = new ProgressLine((rows) => `${verb} ${rows} rows…`);
      const report = await withStore(command, async (store) => {
        const account = await accountFor(store, options.account);
        return importCsv(store, new ItemService(), account.id, file, {
          dryRun: options.dryRun === true,
          encoding: options.encoding,
          columns: {
            name: options.name,
            barcode: options.barcode,
            itemType: options.type,
            category: options.category,
          },
          onProgress: (rows) => progress.update(rows),
        });
      });
      progress.finish();
      process.stdout.write(`${formatImportReport(report)}\n`);
    });
}
