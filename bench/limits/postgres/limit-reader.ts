import pg from "pg";
import type { LimitReader } from "../limit-reader.js";
import { productStatements } from "./product-statements.js";
import { timeStoreReads } from "./store-read-timing.js";
import { PostgresStoreReader } from "./store-reader.js";

/**
 * The server's statements are unnamed, so PostgreSQL plans each for its
 * values. A named statement may switch to a generic plan after five runs,
 * one blind to the values (an offset, a pattern), which can be far slower:
 * the limit would then measure another plan. Planned alike, the named
 * statements save only their parsing, as a limit should.
 */
const CUSTOM_PLANS = "set plan_cache_mode = force_custom_plan";

/** The PostgreSQL store's read limit, on `connections` connections of its own. */
export async function openPostgresLimitReader(
  url: string,
  userName: string,
  connections: number,
): Promise<LimitReader> {
  const clients: pg.Client[] = [];
  try {
    for (let made = 0; made < connections; made++) {
      const client = new pg.Client({ connectionString: url, application_name: "flextory-bench" });
      clients.push(client);
      await client.connect();
      await client.query(CUSTOM_PLANS);
    }
  } catch (error) {
    // The connection that failed is the fault to report; closing the others is tidying up.
    await Promise.allSettled(clients.map((client) => client.end()));
    throw error;
  }
  const readers = clients.map((client) => new PostgresStoreReader(client, userName));
  const [first] = readers;
  if (first === undefined) throw new Error("the store limit needs one connection at least");
  return {
    traced: (request) => first.readTraced(request),
    productStatements: (request) => productStatements(url, userName, request),
    time: (set, load) => timeStoreReads(readers, set, load),
    close: async () => {
      await Promise.all(clients.map((client) => client.end()));
    },
  };
}
