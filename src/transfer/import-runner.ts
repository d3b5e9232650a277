import { timestampNow } from "../domain/item.js";
import { FlextoryError } from "../errors/codes.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { applyEntry } from "./apply-entry.js";
import { BarcodeRepeats } from "./barcode-repeats.js";
import { CatalogWatch } from "./catalog-watch.js";
import type { ImportEntry, SourceRow } from "./import-entry.js";
import type { ImportSettings } from "./import-options.js";
import type { ImportReport } from "./import-report.js";
import { recordRefusal } from "./report-records.js";

/** What a format adds to the common run: ids to remember, work once every row is in. */
export interface ImportHooks {
  /** An entry was written as item `id`. */
  written?(entry: ImportEntry, id: number): void;
  /** Runs after the last batch, with the store (or, in a dry run, the transaction) to write to. */
  finish?(target: Store): Promise<void>;
}

/** Items written by one import past which the store's statistics are gathered again. */
const FRESH_STATISTICS_AFTER = 1000;

/** Thrown to undo a dry run once everything has been counted. */
class DryRunRollback extends Error {}

/**
 * Writes the entries in batches, each batch one transaction: a stopped import
 * leaves whole batches, and running it again updates them by barcode. A dry
 * run does all of it in one transaction and rolls it back, so that its counts
 * are exactly those of a real run.
 */
export async function runImport(
  store: Store,
  service: ItemService,
  accountId: number,
  rows: AsyncIterable<SourceRow>,
  settings: ImportSettings,
  report: ImportReport,
  hooks: ImportHooks = {},
): Promise<void> {
  const context = { service, accountId, catalogs: new CatalogWatch(), report };
  const watched = watchRepeats(hooks, report);
  const run = async (target: Store): Promise<void> => {
    for await (const batch of inBatches(rows, settings.batchSize)) {
      await target.transaction((tx) => applyBatch(tx, context, batch, watched));
      settings.onProgress?.(report.rowsRead);
    }
    await watched.finish?.(target);
  };

  if (settings.dryRun) return rolledBack(store, run);
  await run(store);
  // Searches right after a large import would otherwise be planned for the tables as they were.
  if (report.created + report.updated >= FRESH_STATISTICS_AFTER) await store.refreshStatistics();
}

/** The format's hooks, with each written entry also checked for a barcode met before. */
function watchRepeats(hooks: ImportHooks, report: ImportReport): ImportHooks {
  const repeats = new BarcodeRepeats(report);
  const written = (entry: ImportEntry, id: number) => {
    repeats.written(entry, id);
    hooks.written?.(entry, id);
  };
  return { ...hooks, written };
}

async function applyBatch(
  tx: Store,
  context: Parameters<typeof applyEntry>[1],
  batch: readonly SourceRow[],
  hooks: ImportHooks,
): Promise<void> {
  const now = timestampNow();
  for (const entry of batch) {
    if ("refused" in entry) {
      recordRefusal(context.report, entry.line, entry.refused);
      continue;
    }
    try {
      // A savepoint a row: a refused row leaves nothing, not even a type it named.
      const { outcome, id } = await tx.transaction((row) => applyEntry(row, context, entry, now));
      context.report[outcome]++;
      hooks.written?.(entry, id);
    } catch (error) {
      // A broken rule refuses the row; anything else is a fault and stops the import.
      if (!(error instanceof FlextoryError)) throw error;
      recordRefusal(context.report, entry.line, error.message);
    }
  }
}

async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

async function rolledBack(store: Store, run: (tx: Store) => Promise<void>): Promise<void> {
  try {
    await store.transaction(async (tx) => {
      await run(tx);
      throw new DryRunRollback("dry run");
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
}
