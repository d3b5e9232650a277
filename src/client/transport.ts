import { sign } from "../domain/signature.js";
import { JsonObject, parseOrderedJson } from "../json/ordered-json.js";
import { FlextoryApiError, FlextoryClientError } from "./errors.js";
import { asObject, asString, readAnswer } from "./read-answer.js";
import type { Answer } from "./types.js";

/** A query longer than this goes as a POST body, since many proxies refuse long URLs. */
export const MAX_GET_QUERY_BYTES = 8 * 1024;

const FORM_TYPE = "application/x-www-form-urlencoded";

/** Where and as whom signed queries go. */
export interface Endpoint {
  /** The API's full URL, without a query. */
  url: string;
  privateKey: string;
  fetch: typeof fetch;
}

/**
 * Signs `query` exactly as given (HMAC-SHA512 of its UTF-8 bytes), appends
 * `publicKey`, sends it and reads the answer. The query goes as a GET when a
 * URL carries it byte for byte, otherwise as a form POST, whose body is
 * never re-encoded.
 */
export async function sendSigned(endpoint: Endpoint, query: string): Promise<Answer> {
  const signature = sign(Buffer.from(query, "utf8"), endpoint.privateKey);
  const signed = query === "" ? `publicKey=${signature}` : `${query}&publicKey=${signature}`;
  const request = fitsInUrl(endpoint.url, signed)
    ? { url: `${endpoint.url}?${signed}`, init: { method: "GET" } }
    : {
        url: endpoint.url,
        init: { method: "POST", headers: { "content-type": FORM_TYPE }, body: signed },
      };

  try {
    const response = await endpoint.fetch(request.url, request.init);
    const text = await response.text();
    return readResponse(text, response);
  } catch (error) {
    if (error instanceof FlextoryClientError) throw error;
    // The URL is named without its query, which holds the signature.
    throw new FlextoryClientError(`cannot reach ${endpoint.url}: ${reasonOf(error)}`, {
      cause: error,
    });
  }
}

/** Whether a URL parser keeps the query as it is: no `#`, space, quote or non-ASCII. */
function fitsInUrl(url: string, query: string): boolean {
  if (Buffer.byteLength(query, "utf8") > MAX_GET_QUERY_BYTES) return false;
  return new URL(`${url}?${query}`).search === `?${query}`;
}

function readResponse(text: string, response: Response): Answer {
  const json = parseAnswer(text, response.status);
  const success = json.get("success");
  if (success === "true") return readAnswer(json);
  if (success !== "false") throw notFlextory(response.status);

  const error = asObject(json.get("error"), "error");
  const retryAfter = Number(response.headers.get("retry-after") ?? Number.NaN);
  throw new FlextoryApiError(
    asString(error.get("code"), "error code"),
    asString(error.get("message"), "error message"),
    response.status,
    json,
    Number.isFinite(retryAfter) ? retryAfter : undefined,
  );
}

function parseAnswer(text: string, status: number): JsonObject {
  let json: unknown;
  try {
    json = parseOrderedJson(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw notFlextory(status);
  }
  if (!(json instanceof JsonObject)) throw notFlextory(status);
  return json;
}

function notFlextory(status: number): FlextoryClientError {
  return new FlextoryClientError(`the server answered HTTP ${status}, not a Flextory answer`);
}

/** Node's fetch reports "fetch failed" and keeps the useful part in its cause. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}
