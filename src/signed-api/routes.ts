import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { badRequest, type FlextoryError } from "../errors/codes.js";
import { statusFor } from "./answer.js";
import { handleSignedRequest, type SignedApiContext } from "./handle-request.js";

/** The original service's path, which answers 200 whatever happened. */
export const ORIGINAL_PATH = "/inventory/inventory/dataHandlers/api.php";
/** The short alias, which answers with each error's own status. */
export const ALIAS_PATH = "/api.php";

export const MAX_QUERY_BYTES = 64 * 1024;

const FORM_TYPE = "application/x-www-form-urlencoded";

/** Mounts the signed API on both its paths, for GET and POST. */
export function registerSignedApi(app: FastifyInstance, context: SignedApiContext): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(FORM_TYPE, { parseAs: "buffer" }, (_request, body, done) => {
    done(null, body);
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const raw = rawMessage(request);
    const answer = await handleSignedRequest(context, raw, (principal) => {
      request.principal = principal;
    });
    reply.type("application/json; charset=utf-8").send(answer.body);
  };

  for (const url of [ORIGINAL_PATH, ALIAS_PATH]) {
    app.route({ method: ["GET", "POST"], url, handler });
  }
}

/** Whether a path is the original one, whose errors answer 200. */
export function isOriginalPath(url: string): boolean {
  const path = url.split("?", 1)[0] ?? "";
  return path === ORIGINAL_PATH;
}

/** The raw query, or for a POST its form body, as latin1 text to keep every byte. */
function rawMessage(request: FastifyRequest): string {
  const url = request.raw.url ?? "";
  const mark = url.indexOf("?");
  const query = mark < 0 ? "" : url.slice(mark + 1);
  const body = request.body;

  if (request.method === "POST" && Buffer.isBuffer(body) && body.length > 0) {
    if (query !== "")
      throw badRequest("a POST takes its parameters in the body or the query, not both");
    return body.toString("latin1");
  }
  if (Buffer.byteLength(query, "latin1") > MAX_QUERY_BYTES) {
    throw badRequest(`the query is over ${MAX_QUERY_BYTES} bytes`);
  }
  return query;
}

export function errorStatus(error: FlextoryError, url: string): number {
  return statusFor(error.code, isOriginalPath(url));
}
