import { createHmac } from "node:crypto";
import http from "node:http";
import type { TestServer } from "../../support/test-server.js";

export const ORIGINAL_PATH = "/inventory/inventory/dataHandlers/api.php";
export const ALIAS_PATH = "/api.php";
export const FORM_TYPE = "application/x-www-form-urlencoded";

/** The loose shape of an answer, for assertions. */
export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body exactly as sent, for checks that JSON parsing would blur (key order). */
  text: string;
  body: AnswerBody;
}

export interface AnswerBody {
  success: "true" | "false";
  items?: ItemJson[];
  total?: number;
  offset?: number;
  itemsWanted?: number;
  warnings?: string[];
  error?: { code: string; message: string };
  itemTypes?: Array<{ id: number; name: string }>;
  categories?: Array<{ id: number; name: string }>;
  [field: string]: unknown;
}

export interface ItemJson {
  id: number;
  name: string;
  barcode: string | null;
  assetType: string | null;
  itemType: number | null;
  category: number | null;
  categoryName: string | null;
  attributes: Record<string, string>;
  links: number[];
  dateAdded: string;
  dateModified: string;
}

export interface RawRequest {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  path?: string;
  /** Sent byte for byte after `?`; omitted when undefined. */
  query?: string;
  body?: string;
  contentType?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/**
 * Sends one request with the query and body exactly as given, which `fetch`
 * would not do: it re-encodes quotes and a few other characters.
 */
export function send(server: TestServer, request: RawRequest): Promise<Answer> {
  const { port } = new URL(server.url);
  const path = request.path ?? ALIAS_PATH;
  const headers: Record<string, string | number> = {};
  if (request.contentType !== undefined) headers["content-type"] = request.contentType;
  if (request.body !== undefined) headers["content-length"] = Buffer.byteLength(request.body);

  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        agent,
        host: "127.0.0.1",
        port: Number(port),
        method: request.method ?? "GET",
        path: request.query === undefined ? path : `${path}?${request.query}`,
        headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const body = JSON.parse(text) as AnswerBody;
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, body });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(request.body);
  });
}

/** The hex HMAC-SHA512 of a query's bytes, keyed with the key's UTF-8 text. */
export function hmacHex(message: string, key: string): string {
  return createHmac("sha512", Buffer.from(key, "utf8"))
    .update(Buffer.from(message, "utf8"))
    .digest("hex");
}

/** `query` with its signature appended, as the original docs say. */
export function signed(query: string, key: string): string {
  return `${query}&publicKey=${hmacHex(query, key)}`;
}

export interface CallOptions {
  path?: string;
  method?: "GET" | "POST";
}

/** Signs `query` with `key` and sends it: in the query for GET, as a form body for POST. */
export function call(
  server: TestServer,
  key: string,
  query: string,
  options: CallOptions = {},
): Promise<Answer> {
  const door = { path: options.path ?? ALIAS_PATH, method: options.method ?? "GET" } as const;
  return sendSigned(server, signed(query, key), door);
}

/** Every combination of path and method a signed request may take. */
export const DOORS: ReadonlyArray<Required<CallOptions>> = [
  { path: ORIGINAL_PATH, method: "GET" },
  { path: ORIGINAL_PATH, method: "POST" },
  { path: ALIAS_PATH, method: "GET" },
  { path: ALIAS_PATH, method: "POST" },
];

/** Sends an already signed query through one door: in the URL for GET, as a form body for POST. */
export function sendSigned(
  server: TestServer,
  signedQuery: string,
  door: Required<CallOptions> = { path: ALIAS_PATH, method: "GET" },
): Promise<Answer> {
  if (door.method === "POST") {
    return send(server, {
      method: "POST",
      path: door.path,
      body: signedQuery,
      contentType: FORM_TYPE,
    });
  }
  return send(server, { path: door.path, query: signedQuery });
}
