import { ConfigError } from "../config/config.js";
import { FlextoryError } from "../errors/codes.js";
import type { StoreDialect } from "./dialect.js";
import { LockBusyError } from "./write-lock.js";

/** How long a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const MESSAGES = {
  busy: "The store is busy with another change; try again shortly.",
  unreachable: "The store cannot be reached; try again shortly.",
  "read-only": "The store takes no changes now: its database is read-only.",
} as const;

/**
 * An error of the store that a client can act on, as `unavailable`: the
 * database is out of reach, read-only, or another writer held the store
 * for the whole wait. Undefined for any other error, which is a fault.
 */
export function unavailableError(dialect: StoreDialect, error: unknown): FlextoryError | undefined {
  const fault = error instanceof LockBusyError ? "busy" : dialect.faultOf(error);
  if (fault === undefined) return undefined;
  return new FlextoryError("unavailable", MESSAGES[fault], RETRY_AFTER_SECONDS);
}

/** The error of a command that needs a store where there is none. */
export function missingStore(place: string): ConfigError {
  return new ConfigError(
    `there is no Flextory store in ${place} ` +
      "(a server's first start makes one, or `flextory account add`)",
  );
}
