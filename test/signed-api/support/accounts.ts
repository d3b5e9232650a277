import { addAccount } from "../../../src/services/account-service.js";
import { addUser } from "../../../src/services/user-service.js";
import type { Role } from "../../../src/store/schema.js";
import type { TestServer } from "../../support/test-server.js";

/** A user of the signed API and the key its requests are signed with. */
export interface ApiUser {
  name: string;
  key: string;
  accountId: number;
}

export interface ApiUserOptions {
  key?: string;
  role?: Role;
  /** The first account when not given. */
  accountId?: number;
}

/** Adds a user as an administrator would, with a given key or a new one. */
export async function addApiUser(
  server: TestServer,
  name: string,
  options: ApiUserOptions = {},
): Promise<ApiUser> {
  const accountId = options.accountId ?? server.first.account.id;
  const created = await addUser(server.store, {
    name,
    accountId,
    role: options.role ?? "editor",
    ...(options.key === undefined ? {} : { key: options.key }),
  });
  return { name, key: created.privateKey, accountId };
}

/** Another account on the same server, with its administrator. */
export async function addOtherAccount(
  server: TestServer,
  accountName: string,
  adminName: string,
): Promise<ApiUser> {
  const created = await addAccount(server.store, accountName, adminName);
  return { name: adminName, key: created.admin.privateKey, accountId: created.account.id };
}

/** The first account's administrator, as first start made it. */
export function firstAdmin(server: TestServer): ApiUser {
  return {
    name: server.first.admin.user.name,
    key: server.first.admin.privateKey,
    accountId: server.first.account.id,
  };
}
