import type { FastifyInstance } from "fastify";
import { createLogger, type Logger } from "../../../src/log/logger.js";
import { buildApp } from "../../../src/server/app.js";
import type { Store } from "../../../src/store/store.js";
import type { TestServer } from "../../support/test-server.js";

/**
 * Another server over the same store, as a second process would run,
 * optionally with its own logger. Shaped like a TestServer so the same
 * helpers call it; close it before the first one.
 */
export async function startServerOn(
  first: TestServer,
  logger: Logger = createLogger("silent"),
): Promise<TestServer & { app: FastifyInstance; store: Store }> {
  const config = first.location.config({ port: 0 });
  const store = await first.location.open();
  const app = buildApp({ config, store, logger });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    dataDir: first.dataDir,
    location: first.location,
    storeArgs: first.storeArgs,
    store,
    app,
    first: first.first,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
