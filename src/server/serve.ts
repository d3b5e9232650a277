import type { FastifyInstance } from "fastify";
import { type Config, ConfigError, storeLocation } from "../config/config.js";
import { createLogger, type Logger } from "../log/logger.js";
import { setUpFirstRun } from "../services/account-service.js";
import { openStore } from "../store/open-store.js";
import { WRITE_LOCK_WAIT_MS } from "../store/write-lock.js";
import { buildApp } from "./app.js";
import { firstRunBanner, listeningBanner, serverUrl } from "./banner.js";

/**
 * How long a stop waits for requests in flight before it closes anyway:
 * longer than a change may wait for the write lock, so that no change is
 * cut off from its answer and then committed, which a proxy would retry.
 */
const STOP_GRACE_MS = WRITE_LOCK_WAIT_MS + 5_000;

/**
 * Runs the server until SIGINT or SIGTERM: sets up an empty store, prints
 * the banner on standard output, then finishes requests in flight and stops.
 */
export async function serve(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const onIdleError = (error: Error) => {
    logger.warn({ err: error }, "database connection lost while idle");
  };
  const store = await openStore(config, { onIdleError });
  if ((await store.ping()) === "read-only") {
    await store.close();
    throw new ConfigError(
      `the database at ${storeLocation(config)} takes no writes (a replica?): ` +
        "point the server at the primary",
    );
  }
  const created = await setUpFirstRun(store);
  const app = buildApp({ config, store, logger });
  // Handlers go in before the banner: a signal sent on seeing it must stop gracefully.
  const stopped = stopOnSignal(app, logger);
  await app.listen({ host: config.host, port: config.port });

  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.port;
  const url = serverUrl(config.host, port);
  const location = storeLocation(config);
  logger.info({ url, store: location }, "listening");
  if (created !== undefined) process.stdout.write(firstRunBanner(url, location, created));
  process.stdout.write(listeningBanner(url, config.host));

  await stopped;
  await store.close();
  logger.info("stopped");
}

function stopOnSignal(app: FastifyInstance, logger: Logger): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, "stopping");
      const force = setTimeout(() => app.server.closeAllConnections(), STOP_GRACE_MS);
      force.unref();
      app.close().then(resolve, resolve);
    };
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}
