import type { FastifyInstance } from "fastify";
import { loadConfig } from "../../../src/config/config.js";
import { createLogger, type Logger } from "../../../src/log/logger.js";
import { buildApp } from "../../../src/server/app.js";
import { openSqliteStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import type { TestServer } from "../../support/test-server.js";

/**
 * Another server over the same data folder, as a second process would run,
 * optionally with its own logger. Shaped like a TestServer so the same
 * helpers call it; close it before the first one.
 */
export async function startServerOn(
  first: TestServer,
  logger: Logger = createLogger("silent"),
): Promise<TestServer & { app: FastifyInstance; store: Store }> {
  const config = loadConfig({ data: first.dataDir, port: 0 }, { FLEXTORY_LOG_LEVEL: "silent" });
  const store = await openSqliteStore(first.dataDir);
  const app = buildApp({ config, store, logger });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    dataDir: first.dataDir,
    store,
    app,
    first: first.first,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
