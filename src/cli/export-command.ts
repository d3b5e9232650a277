import fs from "node:fs";
import path from "node:path";
import { PassThrough, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Command, Option } from "commander";
import { badRequest } from "../errors/codes.js";
import { ItemService } from "../services/item-service.js";
import { EXPORT_FORMATS, type ExportFormat, exportItems } from "../transfer/export-items.js";
import { ACCOUNT_OPTION_HELP } from "./option-help.js";
import { counted, printNote } from "./print.js";
import { accountFor, withStore } from "./store-session.js";

interface ExportCommandOptions {
  format?: ExportFormat;
  out?: string;
  account?: string;
}

/** `flextory export`: every item of the account, to standard output or a file. */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("write every item of the account as CSV, a JSON array or NDJSON")
    .addOption(
      new Option("--format <format>", "default: from the --out file's extension, else csv").choices(
        EXPORT_FORMATS,
      ),
    )
    .option("--out <file>", "write to this file, replaced only once complete (default: stdout)")
    .option("--account <name>", ACCOUNT_OPTION_HELP)
    .action(async (options: ExportCommandOptions, command: Command) => {
      const format = options.format ?? formatOfFile(options.out) ?? "csv";
      const { items } = await withStore(command, async (store) => {
        const account = await accountFor(store, options.account);
        const write = (out: Writable) =>
          exportItems(store, new ItemService(), account.id, format, out);
        return options.out === undefined ? write(process.stdout) : writeFile(options.out, write);
      });
      const where = options.out === undefined ? "" : ` to ${options.out}`;
      printNote(`exported ${counted(items, "item")}${where}`);
    });
}

function formatOfFile(file: string | undefined): ExportFormat | undefined {
  const extension = file === undefined ? "" : path.extname(file).slice(1).toLowerCase();
  if (extension === "jsonl") return "ndjson";
  return EXPORT_FORMATS.find((format) => format === extension);
}

/**
 * Writes to a file beside `file` and renames it at the end, so that a
 * failed export never leaves half a file, nor destroys the one there was.
 */
async function writeFile<T>(file: string, write: (out: Writable) => Promise<T>): Promise<T> {
  const partial = `${file}.${process.pid}.partial`;
  const handle = await fs.promises.open(partial, "wx").catch((error: unknown) => {
    throw badRequest(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  });
  const through = new PassThrough();
  try {
    const writing = write(through).finally(() => through.end());
    const [result] = await Promise.all([writing, pipeline(through, handle.createWriteStream())]);
    await fs.promises.rename(partial, file);
    return result;
  } catch (error) {
    await fs.promises.rm(partial, { force: true });
    throw error;
  }
}
