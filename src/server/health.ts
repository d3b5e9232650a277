import { setTimeout as sleep } from "node:timers/promises";
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/store.js";

export const HEALTH_PATH = "/health";

/** A database that has not answered by then counts as unreachable. */
const PING_TIMEOUT_MS = 2_000;

/**
 * `GET /health` for load balancers: 200 while this copy can reach its
 * database and write to it; 503 when the database is out of reach or
 * read-only (a replica). While the server stops, Fastify answers 503 to new
 * requests on its own, so a balancer stops sending them here.
 */
export function registerHealth(app: FastifyInstance, store: Store): void {
  app.get(HEALTH_PATH, async (_request, reply) => {
    const status = await pingWithin(store, PING_TIMEOUT_MS);
    reply.code(status === "ok" ? 200 : 503).header("Cache-Control", "no-store");
    return { status, store: store.dialect.name };
  });
}

type Health = "ok" | "read-only" | "unavailable";

async function pingWithin(store: Store, ms: number): Promise<Health> {
  const timeout = new AbortController();
  // Rejects only when aborted, once the ping has answered.
  const late = sleep(ms, "unavailable" as const, { signal: timeout.signal }).catch(
    () => "unavailable" as const,
  );
  const ping = store.ping().catch(() => "unavailable" as const);
  const status = await Promise.race([ping, late]);
  timeout.abort();
  return status;
}
