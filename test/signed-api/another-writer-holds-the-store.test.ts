import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { holdWriteLock } from "../support/test-store.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ask, makeItem } from "./support/items.js";

let server: TestServer;
let api: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
  await makeItem(server, api, "name=Before");
});
afterAll(async () => server.close());

describe("while another process holds the store's write lock", () => {
  // A change waited for the lock on the event loop, so every read waited too.
  it("reads are answered, and a change waits for the lock and then succeeds", async () => {
    const release = await holdWriteLock(server.location);

    let changeSettled = false;
    const change = ask(server, api, "newItem=true&name=After").finally(() => {
      changeSettled = true;
    });
    const read = await ask(server, api, "search=true&name=before");
    expect(read.body.total).toBe(1);
    expect(changeSettled).toBe(false);

    await release();
    const made = await change;
    expect(made.body.success, made.text).toBe("true");
  });
});
