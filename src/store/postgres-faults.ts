/**
 * Errors of the socket under a PostgreSQL connection. Not EPIPE: pg reports
 * a closed socket as "Connection terminated", and an EPIPE here is far more
 * likely a command's own output closed by its reader (`| head`).
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
]);

/**
 * SQLSTATEs of a server shutting down, not yet taking connections, or
 * taking no more (too_many_connections).
 */
const SHUTDOWN_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);

/** read_only_sql_transaction: a write sent to a replica. */
const READ_ONLY_CODE = "25006";

/** Failures of pg and its pool that carry no code, only their message. */
const UNREACHABLE_MESSAGE = new RegExp(
  [
    "timeout exceeded when trying to connect",
    "Connection terminated",
    "connection timeout",
    "Client was closed",
    "not queryable",
  ].join("|"),
  "i",
);

/** What a PostgreSQL error says of the database itself; undefined for any other error. */
export function postgresFault(error: unknown): "unreachable" | "read-only" | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (code === READ_ONLY_CODE) return "read-only";
  if (typeof code === "string") {
    const unreachable =
      NETWORK_CODES.has(code) || SHUTDOWN_CODES.has(code) || code.startsWith("08");
    return unreachable ? "unreachable" : undefined;
  }
  return UNREACHABLE_MESSAGE.test(error.message) ? "unreachable" : undefined;
}
