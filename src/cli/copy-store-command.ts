import type { Command } from "commander";
import { copyStore } from "../copy/copy-store.js";
import { badRequest } from "../errors/codes.js";
import type { RowCounts } from "../store/row-counts.js";
import { TABLES } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { printRows } from "./print.js";
import { ProgressLine } from "./progress-line.js";
import { isSamePlace, openPlace, readPlace, type StorePlace } from "./store-place.js";

interface CopyStoreOptions {
  from: string;
  to: string;
}

const COPY_HELP = `
A place is the folder of a SQLite store, or a postgres:// (postgresql://) URL.
The target must hold no account; a new folder or an empty PostgreSQL schema is set up first.
Ids, dates, keys and password hashes are kept, so clients and keys work on the copy as before.
The copy is one transaction: when it fails, the target is left empty. At the end, the row count
of every table is checked against the source's, and the counts are printed.
The source is copied as it stood when the copy began: stop its servers first, or what they
write meanwhile stays behind.
`;

/** `flextory copy-store`: every row of one store into another, SQLite or PostgreSQL. */
export function registerCopyStoreCommand(program: Command): void {
  program
    .command("copy-store")
    .description("copy a whole store into an empty one, ids and dates kept (SQLite or PostgreSQL)")
    .requiredOption("--from <place>", "the store to copy: a SQLite data folder or postgres://…")
    .requiredOption("--to <place>", "an empty or new store to copy into: a folder or postgres://…")
    .addHelpText("after", COPY_HELP)
    .action(async (options: CopyStoreOptions, command: Command) => {
      const [source, target] = readPlaces(options, command);
      const progress = new ProgressLine((rows) => `copied ${rows} rows…`);
      const counts = await withPlaces(source, target, (from, to) =>
        copyStore(from, to, {
          sourceName: `${source.flag} ${source.shown}`,
          targetName: `${target.flag} ${target.shown}`,
          onProgress: (rows) => progress.update(rows),
        }),
      );
      progress.finish();
      printReport(source, target, counts);
    });
}

function readPlaces(options: CopyStoreOptions, command: Command): [StorePlace, StorePlace] {
  const globals = command.optsWithGlobals<{ data?: string; database?: string }>();
  if (globals.data !== undefined || globals.database !== undefined) {
    throw badRequest("copy-store takes its stores from --from and --to, not --data or --database");
  }
  const source = readPlace("--from", options.from);
  const target = readPlace("--to", options.to);
  if (isSamePlace(source, target)) {
    throw badRequest(`--from and --to are the same store (${source.shown}): give two places`);
  }
  return [source, target];
}

/** Opens the source, then the target (made if new), and closes both when `work` ends. */
async function withPlaces<T>(
  source: StorePlace,
  target: StorePlace,
  work: (from: Store, to: Store) => Promise<T>,
): Promise<T> {
  const from = await openPlace(source);
  try {
    const to = await openPlace(target, { create: true });
    try {
      return await work(from, to);
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}

function printReport(source: StorePlace, target: StorePlace, counts: RowCounts): void {
  process.stdout.write(`Copied ${source.shown} to ${target.shown}:\n`);
  printRows(TABLES.map((table) => [`  ${table}`, String(counts[table])]));
  process.stdout.write("Every table holds as many rows in the copy as in the source.\n");
}
