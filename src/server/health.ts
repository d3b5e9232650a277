import { setTimeout as sleep } from "node:timers/promises";
import type { FastifyInstance } from "fastify";
import type { Store } from "../store/store.js";

export const HEALTH_PATH = "/health";

/** A database that has not answered by then counts as unreachable. */
const PING_TIMEOUT_MS = 2_000;

/**
 * `GET /health` for load balancers: 200 while this copy can reach its
 * database, 503 when it cannot. While the server stops, Fastify answers 503
 * to new requests on its own, so a balancer stops sending them here.
 */
export function registerHealth(app: FastifyInstance, store: Store): void {
  app.get(HEALTH_PATH, async (_request, reply) => {
    const reachable = await answersWithin(store, PING_TIMEOUT_MS);
    reply.code(reachable ? 200 : 503).header("Cache-Control", "no-store");
    return { status: reachable ? "ok" : "unavailable", store: store.dialect.name };
  });
}

async function answersWithin(store: Store, ms: number): Promise<boolean> {
  const timeout = new AbortController();
  // Rejects only when aborted, once the ping has answered.
  const late = sleep(ms, false, { signal: timeout.signal }).catch(() => false);
  const ping = store.ping().then(
    () => true,
    () => false,
  );
  const reachable = await Promise.race([ping, late]);
  timeout.abort();
  return reachable;
}
