/**
 * Every error Flextory answers with. Each code has one HTTP status; the
 * signed API's original path answers 200 whatever the code, as 2012 clients
 * expect, and `/api.php` answers with the status below.
 */
export const ERROR_CODES = {
  bad_request: { status: 400, meaning: "The request is malformed; the message names the part." },
  auth_failed: {
    status: 401,
    meaning: "Unknown or disabled user, wrong signature or suspended account.",
  },
  forbidden: { status: 403, meaning: "The user's role does not allow this change." },
  not_found: { status: 404, meaning: "No such item, path or record in this account." },
  conflict: { status: 409, meaning: "The change clashes with existing data, e.g. a barcode." },
  rate_limited: { status: 429, meaning: "Too many requests; retry after `Retry-After` seconds." },
  internal: { status: 500, meaning: "A fault on the server; the details are in its log only." },
  unavailable: {
    status: 503,
    meaning:
      "The store cannot take the request now: unreachable, read-only or busy writing; " +
      "retry after `Retry-After` seconds.",
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The one message every authentication failure shares, so none tells which check failed. */
export const AUTH_FAILED_MESSAGE = "Authentication failed.";

/** The one message a client sees for a server fault; the cause goes to the log. */
export const INTERNAL_MESSAGE = "The server could not complete the request.";

/** An error meant for the client: its code and message are safe to show. */
export class FlextoryError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = "FlextoryError";
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export function badRequest(message: string): FlextoryError {
  return new FlextoryError("bad_request", message);
}

export function authFailed(): FlextoryError {
  return new FlextoryError("auth_failed", AUTH_FAILED_MESSAGE);
}

export function notFound(message: string): FlextoryError {
  return new FlextoryError("not_found", message);
}

export function conflict(message: string): FlextoryError {
  return new FlextoryError("conflict", message);
}

export function forbidden(message: string): FlextoryError {
  return new FlextoryError("forbidden", message);
}
