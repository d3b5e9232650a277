import type { FastifyInstance } from "fastify";
import { sign } from "../../src/domain/signature.js";
import { createLogger } from "../../src/log/logger.js";
import { buildApp } from "../../src/server/app.js";
import { type CreatedAccount, setUpFirstRun } from "../../src/services/account-service.js";
import type { Store } from "../../src/store/store.js";
import { newStoreLocation, type TestStoreLocation } from "./test-store.js";

/** A real server on a free loopback port over a fresh store of the run's database. */
export interface TestServer {
  url: string;
  /** A temporary folder for the test's files; the store's own on SQLite. */
  dataDir: string;
  /** Where the store is: CLI arguments and environment that reach it. */
  location: TestStoreLocation;
  /** CLI arguments that point a command at this server's store. */
  storeArgs: string[];
  store: Store;
  app: FastifyInstance;
  /** The first account and its administrator, as first start made them. */
  first: CreatedAccount;
  close(): Promise<void>;
}

/** A server on a new store (or the empty one given), set up as first start sets it up. */
export async function startTestServer(
  env: Record<string, string> = {},
  location?: TestStoreLocation,
): Promise<TestServer> {
  const place = location ?? (await newStoreLocation());
  const store = await place.open();
  const first = await setUpFirstRun(store);
  if (first === undefined) throw new Error("a fresh store should need first-run setup");
  return listen(place, store, first, env);
}

/**
 * A server on a store that holds its accounts already, such as a copy of
 * another; `first` is what the caller knows of its first account.
 */
export async function startServerOn(
  location: TestStoreLocation,
  first: CreatedAccount,
  env: Record<string, string> = {},
): Promise<TestServer> {
  return listen(location, await location.open(), first, env);
}

async function listen(
  location: TestStoreLocation,
  store: Store,
  first: CreatedAccount,
  env: Record<string, string>,
): Promise<TestServer> {
  const config = location.config({ port: 0 }, env);
  const app = buildApp({ config, store, logger: createLogger(config.logLevel) });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    dataDir: location.dir,
    location,
    storeArgs: location.args,
    store,
    app,
    first,
    async close() {
      await app.close();
      await store.close();
      await location.remove();
    },
  };
}

/** `query` with its signature appended, as the docs say. */
export function signQuery(query: string, privateKey: string): string {
  return `${query}&publicKey=${sign(query, privateKey)}`;
}

export const ORIGINAL = "/inventory/inventory/dataHandlers/api.php";
export const ALIAS = "/api.php";

/** GETs a signed query on the alias path and returns status and parsed JSON. */
export async function callSigned(
  server: TestServer,
  query: string,
  privateKey = server.first.admin.privateKey,
  pathname = ALIAS,
): Promise<{ status: number; body: ApiBody }> {
  const response = await fetch(`${server.url}${pathname}?${signQuery(query, privateKey)}`);
  return { status: response.status, body: (await response.json()) as ApiBody };
}

/** The loose shape of an answer, for assertions. */
export interface ApiBody {
  success: "true" | "false";
  items?: Array<Record<string, unknown> & { id: number; attributes: Record<string, string> }>;
  total?: number;
  offset?: number;
  itemsWanted?: number;
  warnings?: string[];
  error?: { code: string; message: string };
  [field: string]: unknown;
}
