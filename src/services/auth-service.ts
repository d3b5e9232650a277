import { verify } from "../domain/signature.js";
import { authFailed } from "../errors/codes.js";
import type { Role } from "../store/schema.js";
import type { Store } from "../store/store.js";

const UNKNOWN_USER_KEY = "0".repeat(64);

/** Who a signed request acts for. */
export interface Principal {
  userId: number;
  userName: string;
  accountId: number;
  role: Role;
}

/**
 * Checks a signed request against the user's key as the store holds it now,
 * so that a rotated key or a disabled user stops at once on every server.
 * Every failure is the same `auth_failed`.
 */
export async function authenticate(
  store: Store,
  userName: string | undefined,
  message: Buffer,
  signature: string | undefined,
): Promise<Principal> {
  if (userName === undefined || signature === undefined) throw authFailed();
  const user = await store.users.byName(userName);
  // An unknown user costs the same HMAC as a known one, so timing tells nothing.
  const valid = verify(message, signature, user?.private_key ?? UNKNOWN_USER_KEY);
  if (user === undefined || !valid) throw authFailed();
  if (user.disabled === 1 || user.account_suspended === 1) throw authFailed();
  return { userId: user.id, userName: user.name, accountId: user.account_id, role: user.role };
}
