import { timestampNow } from "../domain/item.js";
import { badRequest, conflict, notFound } from "../errors/codes.js";
import type { AccountRow } from "../store/account-store.js";
import type { Store } from "../store/store.js";
import { addUser, type CreatedUser } from "./user-service.js";

/** What first start makes: one account and its administrator. */
export const FIRST_ACCOUNT = "main";
export const FIRST_ADMIN = "admin";

export interface CreatedAccount {
  account: AccountRow;
  admin: CreatedUser;
}

export function checkAccountName(name: string): string {
  const text = name.normalize("NFC").trim();
  if (text.length === 0 || text.length > 100) {
    throw badRequest(`account name "${name}" must be 1 to 100 characters`);
  }
  return text;
}

/** Makes an account with its first administrator, in one transaction. */
export async function addAccount(
  store: Store,
  name: string,
  adminName: string,
  adminKey?: string,
): Promise<CreatedAccount> {
  const accountName = checkAccountName(name);
  return store.transaction(async (tx) => {
    if (await tx.accounts.byName(accountName)) throw conflict(`account "${accountName}" exists`);
    const account = await tx.accounts.create(accountName, timestampNow());
    const admin = await addUser(tx, {
      name: adminName,
      accountId: account.id,
      role: "admin",
      ...(adminKey === undefined ? {} : { key: adminKey }),
    });
    return { account, admin };
  });
}

/**
 * On an empty store, makes the first account and administrator and returns
 * them; on any other, returns undefined. Safe when two processes start at once.
 */
export async function setUpFirstRun(store: Store): Promise<CreatedAccount | undefined> {
  return store.transaction(async (tx) => {
    if ((await tx.accounts.count()) > 0) return undefined;
    return addAccount(tx, FIRST_ACCOUNT, FIRST_ADMIN);
  });
}

export async function findAccount(store: Store, name: string): Promise<AccountRow> {
  const account = await store.accounts.byName(name);
  if (account === undefined) throw notFound(`there is no account "${name}"`);
  return account;
}

export async function setSuspended(store: Store, name: string, suspended: boolean): Promise<void> {
  const account = await findAccount(store, name);
  await store.accounts.setSuspended(account.id, suspended);
}
