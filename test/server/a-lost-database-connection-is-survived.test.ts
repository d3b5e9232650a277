import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServeProcess, startServe, stopServe } from "../support/serve-process.js";
import { ALIAS, signQuery } from "../support/test-server.js";
import {
  newStoreLocation,
  ON_POSTGRES,
  reachedThrough,
  type TestStoreLocation,
  withAdmin,
} from "../support/test-store.js";

function printedKey(stdout: string): string {
  return /Private key\s+(\S+)/.exec(stdout)?.[1] ?? "none printed";
}

// A backend terminated while its connection was lent out (a failover, an
// administrator's pg_terminate_backend) ended the whole server: pg-pool
// listens for a connection's errors only while it is idle.
describe.runIf(ON_POSTGRES)("a server whose database connections are cut under load", () => {
  const name = `flextory_cut_${process.pid}`;
  let store: TestStoreLocation;
  let server: ServeProcess;
  let key: string;

  beforeAll(async () => {
    const location = await newStoreLocation("flextory-cut-");
    const url = new URL(location.databaseUrl ?? "");
    url.searchParams.set("application_name", name);
    store = reachedThrough(location, url.toString());
    server = await startServe(store);
    key = printedKey(server.stdout);
  });
  afterAll(async () => {
    await stopServe(server.child);
    await store.remove();
  });

  const search = async () => {
    const query = signQuery("userName=admin&search=true", key);
    return (await fetch(`${server.url}${ALIAS}?${query}`)).status;
  };

  it("goes on serving: the requests caught answer 503, the next ones 200", async () => {
    const statuses: number[] = [];
    const load = Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let n = 0; n < 40; n++) statuses.push(await search());
      }),
    );
    for (let cut = 0; cut < 5; cut++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      await withAdmin((client) =>
        client.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1",
          [name],
        ),
      );
    }
    await load;

    expect(server.child.exitCode).toBeNull();
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(await search()).toBe(200);
  });
});
