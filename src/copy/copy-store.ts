import { badRequest, conflict, FlextoryError } from "../errors/codes.js";
import type { RowCounts } from "../store/row-counts.js";
import { TABLES } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { copyAccounts } from "./copy-tables.js";

export interface CopyOptions {
  /** How messages name the source and the target, e.g. a folder or a redacted URL. */
  sourceName: string;
  targetName: string;
  /** Called with the rows written so far, after each batch. */
  onProgress?: (rows: number) => void;
}

/**
 * Copies every row of `source` into `target`, which must hold no account,
 * keeping ids, dates, keys and password hashes as they are. The source is
 * read on one snapshot, so writers may go on; the target is written in one
 * transaction, so a copy that fails leaves it empty. Before the commit, the
 * row count of every table is checked against the source's.
 */
export async function copyStore(
  source: Store,
  target: Store,
  options: CopyOptions,
): Promise<RowCounts> {
  return source.snapshot((from) =>
    target.transaction(async (to) => {
      await refuseNonEmpty(to, options.targetName);
      const expected = await from.countRows();
      if (expected.accounts === 0) {
        throw badRequest(`${options.sourceName} holds no account: there is nothing to copy`);
      }

      let written = 0;
      const tally = (rows: number) => {
        written += rows;
        options.onProgress?.(written);
      };
      await copyAccounts({ from, to, tally });
      await to.resetIdCounters();
      await to.refreshStatistics();

      const copied = await to.countRows();
      checkCounts(expected, copied);
      return copied;
    }),
  );
}

async function refuseNonEmpty(target: Store, name: string): Promise<void> {
  const accounts = await target.accounts.count();
  if (accounts === 0) return;
  throw conflict(
    `${name} is not empty (it holds ${accounts} account${accounts === 1 ? "" : "s"}): ` +
      "copy into a new folder or an empty PostgreSQL schema; nothing was changed",
  );
}

/** A table short of rows is a fault of the copy: throwing undoes the whole of it. */
function checkCounts(expected: RowCounts, copied: RowCounts): void {
  for (const table of TABLES) {
    if (expected[table] === copied[table]) continue;
    throw new FlextoryError(
      "internal",
      `the copy was undone: table ${table} has ${expected[table]} rows in the source ` +
        `but ${copied[table]} in the copy`,
    );
  }
}
