import { timestampNow } from "../domain/item.js";
import {
  checkKey,
  checkPassword,
  generateKey,
  generatePassword,
  hashPassword,
} from "../domain/secrets.js";
import { badRequest, conflict, notFound } from "../errors/codes.js";
import { ROLES, type Role } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { UserRow } from "../store/user-store.js";

const USER_NAME = /^\P{Cc}{1,100}$/u;

export interface NewUser {
  name: string;
  accountId: number;
  role?: Role;
  /** A key to keep, as held by scripts written for the original service. */
  key?: string;
  password?: string;
}

/** A user just made, with the secrets shown this once. */
export interface CreatedUser {
  user: UserRow;
  privateKey: string;
  password: string;
}

export function checkRole(role: string): Role {
  if (!ROLES.includes(role as Role)) {
    throw badRequest(`role must be one of ${ROLES.join(", ")}, not "${role}"`);
  }
  return role as Role;
}

export function checkUserName(name: string): string {
  const text = name.normalize("NFC");
  if (!USER_NAME.test(text) || text.trim() !== text) {
    throw badRequest(`user name "${name}" must be 1 to 100 characters, without spaces at its ends`);
  }
  return text;
}

export async function addUser(tx: Store, input: NewUser): Promise<CreatedUser> {
  const name = checkUserName(input.name);
  if (await tx.users.nameTaken(name)) throw conflict(`user name "${name}" is taken`);
  const privateKey = input.key === undefined ? generateKey() : checkKey(input.key);
  const password =
    input.password === undefined ? generatePassword() : checkPassword(input.password);

  const user = await tx.users.create({
    account_id: input.accountId,
    name,
    password_hash: await hashPassword(password),
    role: input.role ?? "editor",
    private_key: privateKey,
    disabled: 0,
    created_at: timestampNow(),
  });
  return { user, privateKey, password };
}

export async function findUser(store: Store, name: string): Promise<UserRow> {
  const user = await store.users.byName(name);
  if (user === undefined) throw notFound(`there is no user "${name}"`);
  return user;
}

/** Sets a user's key to the one given, or to a new random one; the old key stops at once. */
export async function replaceKey(store: Store, name: string, key?: string): Promise<string> {
  const user = await findUser(store, name);
  const privateKey = key === undefined ? generateKey() : checkKey(key);
  await store.users.update(user.id, { private_key: privateKey });
  return privateKey;
}

export interface UserSettings {
  role?: Role;
  password?: string;
  disabled?: boolean;
}

export async function changeUser(
  store: Store,
  name: string,
  settings: UserSettings,
): Promise<UserRow> {
  const user = await findUser(store, name);
  const fields: Parameters<Store["users"]["update"]>[1] = {};
  if (settings.role !== undefined) fields.role = checkRole(settings.role);
  if (settings.password !== undefined) {
    fields.password_hash = await hashPassword(checkPassword(settings.password));
  }
  if (settings.disabled !== undefined) fields.disabled = settings.disabled ? 1 : 0;
  await store.users.update(user.id, fields);
  return { ...user, ...fields };
}
