import { randomUUID } from "node:crypto";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from "fastify";
import type { Config } from "../config/config.js";
import { badRequest, FlextoryError, INTERNAL_MESSAGE, notFound } from "../errors/codes.js";
import type { Logger } from "../log/logger.js";
import type { Principal } from "../services/auth-service.js";
import { ItemService } from "../services/item-service.js";
import { errorJson } from "../signed-api/answer.js";
import { RateLimiter } from "../signed-api/rate-limiter.js";
import { errorStatus, MAX_QUERY_BYTES, registerSignedApi } from "../signed-api/routes.js";
import type { Store } from "../store/store.js";
import { unavailableError } from "../store/store-faults.js";
import { answerClientError } from "./client-error.js";
import { HEALTH_PATH, registerHealth } from "./health.js";

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | undefined;
  }
}

/** Room for a 64 KiB query plus the usual headers. */
const MAX_HEADER_BYTES = MAX_QUERY_BYTES + 16 * 1024;
/** A request's headers must arrive within this; slow senders are cut off. */
const HEADERS_TIMEOUT_MS = 10_000;
/** A whole request, body included, must arrive within this. */
const REQUEST_TIMEOUT_MS = 30_000;
/** A connection with no traffic for this long is closed. */
const IDLE_TIMEOUT_MS = 60_000;
/** Connections held at once; more are refused, so that a flood cannot exhaust memory. */
const MAX_CONNECTIONS = 1024;

export interface AppOptions {
  config: Config;
  store: Store;
  logger: Logger;
}

/** Builds the HTTP server: the signed API, its errors as JSON, one log line a request. */
export function buildApp({ config, store, logger }: AppOptions): FastifyInstance {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: "requestId",
    }),
    bodyLimit: MAX_QUERY_BYTES,
    genReqId: () => randomUUID(),
    connectionTimeout: IDLE_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // Without a Host header Node answers a bare 400 itself; the API answers JSON instead.
    http: {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: HEADERS_TIMEOUT_MS,
      requireHostHeader: false,
    },
    clientErrorHandler: answerClientError,
    // Fastify's own message quotes the whole URL, signature and all: say less.
    frameworkErrors: (_error, request, reply) => {
      sendError(request, reply, badRequest("the path is not valid URL encoding"));
    },
  });
  app.decorateRequest("principal", undefined);
  app.server.maxConnections = MAX_CONNECTIONS;

  const limiter = new RateLimiter(config.rateLimitPerMinute);
  registerSignedApi(app, { store, items: new ItemService(), limiter });
  registerHealth(app, store);

  app.setNotFoundHandler((request, reply) => {
    sendError(request, reply, notFound(`there is nothing at ${request.url.split("?", 1)[0]}`));
  });
  app.setErrorHandler((error, request, reply) => {
    sendError(request, reply, toClientError(error, request, store));
  });
  app.addHook("onResponse", async (request, reply) => logRequest(request, reply));
  closeConnectionsWhenStopping(app);
  return app;
}

/**
 * While the server stops, each answer closes its connection: a kept-alive
 * connection would otherwise hold the stop until the grace period ends,
 * and the client would send its next request to a server going away.
 */
function closeConnectionsWhenStopping(app: FastifyInstance): void {
  let stopping = false;
  app.addHook("preClose", async () => {
    stopping = true;
  });
  app.addHook("onSend", async (_request, reply) => {
    if (stopping) reply.header("Connection", "close");
  });
}

/**
 * What a client may see of an error: its own mistakes as they are, a store
 * it can wait for as `unavailable`, anything else as `internal`. Both of
 * the last go to the log with their cause.
 */
function toClientError(error: unknown, request: FastifyRequest, store: Store): FlextoryError {
  if (error instanceof FlextoryError) return error;
  const unavailable = unavailableError(store.dialect, error);
  if (unavailable !== undefined) {
    request.log.error({ err: error }, "store unavailable");
    return unavailable;
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return badRequest(describeHttpError(error as { code?: string; message: string }));
  }
  request.log.error({ err: error }, "request failed");
  return new FlextoryError("internal", INTERNAL_MESSAGE);
}

function describeHttpError(error: { code?: string; message: string }): string {
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return "a POST body must be application/x-www-form-urlencoded";
  }
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return `the body is over ${MAX_QUERY_BYTES} bytes`;
  }
  return error.message;
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: FlextoryError): void {
  reply.code(errorStatus(error, request.url)).type("application/json; charset=utf-8");
  if (error.retryAfterSeconds !== undefined) reply.header("Retry-After", error.retryAfterSeconds);
  reply.header("X-Flextory-Error", error.code);
  reply.send(errorJson(error.code, error.message));
}

/** One line a request: no query string, since it holds the signature. */
function logRequest(request: FastifyRequest, reply: FastifyReply): void {
  const code = reply.getHeader("X-Flextory-Error");
  const fields = {
    method: request.method,
    path: request.url.split("?", 1)[0],
    status: reply.statusCode,
    ms: Math.round(reply.elapsedTime * 10) / 10,
    user: request.principal?.userName,
    error: code,
  };
  if (code === "internal" || code === "unavailable") request.log.error(fields, "request");
  // A balancer asks every few seconds: tens of thousands of lines a day that say nothing.
  else if (fields.path === HEALTH_PATH && fields.status === 200)
    request.log.debug(fields, "request");
  else request.log.info(fields, "request");
}
