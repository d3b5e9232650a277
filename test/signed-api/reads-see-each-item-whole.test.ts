import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ask, makeItem } from "./support/items.js";

let server: TestServer;
let api: ApiUser;
let id: number;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
  id = (await makeItem(server, api, "name=v0&attributeTitles[]=Version&attributeValues[]=v0")).id;
});
afterAll(async () => server.close());

// On PostgreSQL an item's fields and attributes were read by separate
// statements, each on its own snapshot: about one read in twenty, made while
// the item changed, answered a name from one change and attributes from another.
describe("an item read while it changes", () => {
  it("is answered whole, as it was before or after each change, never a mix", async () => {
    const edits = (async () => {
      for (let n = 1; n <= 60; n++) {
        const v = `v${n}`;
        await ask(
          server,
          api,
          `editItem=${id}&name=${v}&attributeTitles[]=Version&attributeValues[]=${v}`,
        );
      }
    })();
    const mixed: string[] = [];
    const reads = (async () => {
      for (let n = 0; n < 150; n++) {
        const [item] = (await ask(server, api, `id=${id}`)).body.items ?? [];
        const version = item?.attributes.Version;
        if (item?.name !== version) mixed.push(`${item?.name} with ${version}`);
      }
    })();
    await Promise.all([edits, reads]);
    expect(mixed).toEqual([]);
  });
});
