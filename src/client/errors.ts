import type { JsonObject } from "../json/ordered-json.js";

/**
 * The client could not make a request or read its answer: bad settings, a
 * server out of reach, or an answer that is not Flextory's. The message
 * never holds the private key or the signature.
 */
export class FlextoryClientError extends Error {
  override name = "FlextoryClientError";
}

/**
 * The server answered with an error: `{"success":"false","error":{code,message}}`.
 * `code` is one of the API's codes (`bad_request`, `auth_failed`, `forbidden`,
 * `not_found`, `conflict`, `rate_limited`, `internal`, `unavailable`).
 */
export class FlextoryApiError extends FlextoryClientError {
  override name = "FlextoryApiError";

  constructor(
    /** The API's error code. */
    readonly code: string,
    message: string,
    /** The HTTP status; 200 on the original path, whatever the code. */
    readonly status: number,
    /** The whole answer, keys in the server's order. */
    readonly answer: JsonObject,
    /** For `rate_limited` and `unavailable`: the seconds to wait, from `Retry-After`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}
