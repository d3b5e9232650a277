import type { Command } from "commander";
import { type ConfigFlags, loadConfig } from "../config/config.js";
import { badRequest, notFound } from "../errors/codes.js";
import { findAccount } from "../services/account-service.js";
import { findUser } from "../services/user-service.js";
import type { AccountRow } from "../store/account-store.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { unavailableError } from "../store/store-faults.js";
import type { UserRow } from "../store/user-store.js";

/**
 * Opens the store that `--data` or `--database` names, runs `work` on it
 * and closes it. Running servers may share it: SQLite in WAL mode lets both
 * write, and servers read users and keys on each request, so a change holds
 * at once.
 * Only `create` may make a store where there is none, so that a mistyped
 * `--data` is reported instead of silently starting an empty store.
 */
export async function withStore<T>(
  command: Command,
  work: (store: Store) => Promise<T>,
  { create = false } = {},
): Promise<T> {
  const config = loadConfig(command.optsWithGlobals<ConfigFlags>());
  const store = await openStore(config, { mustExist: !create });
  try {
    return await work(store);
  } catch (error) {
    throw unavailableError(store.dialect, error) ?? error;
  } finally {
    await store.close();
  }
}

/** The account a command acts for: the one named, else the first administrator's. */
export async function accountFor(store: Store, name: string | undefined): Promise<AccountRow> {
  if (name !== undefined) return findAccount(store, name);
  const admin = await store.users.firstAdmin();
  const account = admin && (await store.accounts.byId(admin.account_id));
  if (account === undefined) {
    throw notFound(
      "the store has no administrator yet: " +
        "start `flextory serve` once, or run `flextory account add`",
    );
  }
  return account;
}

/**
 * A user by name alone: user names are unique across the server. An
 * account, when given, is only a check that the user belongs to it.
 */
export async function userNamed(
  store: Store,
  name: string,
  accountName: string | undefined,
): Promise<UserRow> {
  const user = await findUser(store, name);
  if (accountName === undefined) return user;

  const account = await findAccount(store, accountName);
  if (user.account_id === account.id) return user;
  const actual = await store.accounts.byId(user.account_id);
  const where = actual === undefined ? "another account" : `account "${actual.name}"`;
  throw badRequest(`user "${name}" is in ${where}, not in "${account.name}"`);
}
