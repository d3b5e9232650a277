import type { AccountRow } from "../store/account-store.js";
import type { StoredAttribute } from "../store/attribute-store.js";
import type { CatalogRow } from "../store/catalog-store.js";
import type { ItemRow } from "../store/item-store.js";
import type { LinkRow } from "../store/link-store.js";
import type { Store } from "../store/store.js";
import type { UserRow } from "../store/user-store.js";
import { copyInBatches } from "./batches.js";

/** The two sides of a copy, and a tally of rows written so far. */
export interface CopyRun {
  /** The source, inside one snapshot. */
  from: Store;
  /** The target, inside one transaction. */
  to: Store;
  tally(rows: number): void;
}

/**
 * Copies every account and all it holds, parents before the rows that refer
 * to them: each account's users, item types and categories, then its items,
 * their attributes, and last the links, which need both of their items.
 */
export async function copyAccounts(run: CopyRun): Promise<void> {
  await copyInBatches<AccountRow>(
    (last, limit) => run.from.accounts.rowsAfter(last?.id, limit),
    async (accounts) => {
      await run.to.accounts.insertRows(accounts);
      run.tally(accounts.length);
      for (const account of accounts) await copyAccountRows(run, account.id);
    },
  );
}

async function copyAccountRows(run: CopyRun, accountId: number): Promise<void> {
  const { from, to } = run;
  await copyTable<UserRow>(
    run,
    (last, limit) => from.users.rowsAfter(accountId, last?.id, limit),
    (rows) => to.users.insertRows(accountId, rows),
  );
  for (const catalog of ["itemTypes", "categories"] as const) {
    await copyTable<CatalogRow>(
      run,
      (last, limit) => from[catalog].rowsAfter(accountId, last?.id, limit),
      (rows) => to[catalog].insertRows(accountId, rows),
    );
  }
  await copyItemRows(run, accountId);
}

async function copyItemRows(run: CopyRun, accountId: number): Promise<void> {
  const { from, to } = run;
  await copyTable<ItemRow>(
    run,
    (last, limit) => from.items.rowsAfter(accountId, last?.id, limit),
    (rows) => to.items.insertRows(accountId, rows),
  );
  await copyTable<StoredAttribute>(
    run,
    (last, limit) => from.attributes.rowsAfter(accountId, last, limit),
    (rows) => to.attributes.insertRows(accountId, rows),
  );
  await copyTable<LinkRow>(
    run,
    (last, limit) => from.links.rowsAfter(accountId, last, limit),
    (rows) => to.links.insertRows(accountId, rows),
  );
}

function copyTable<R>(
  run: CopyRun,
  read: (last: R | undefined, limit: number) => Promise<R[]>,
  write: (rows: R[]) => Promise<void>,
): Promise<void> {
  return copyInBatches(read, async (rows) => {
    await write(rows);
    run.tally(rows.length);
  });
}
