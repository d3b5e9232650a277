import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ItemService } from "../../src/services/item-service.js";
import { MAX_ANSWER_BYTES } from "../../src/signed-api/item-page.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ask, idsOf } from "./support/items.js";

/** Items as large as the rules allow: 500 attributes of 4,096 characters, about 2 MiB each. */
const LARGEST_ITEMS = 18;

let server: TestServer;
let api: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
  const service = new ItemService();
  const value = "v".repeat(4096);
  await server.store.transaction(async (tx) => {
    for (let n = 0; n < LARGEST_ITEMS; n++) {
      const attributes = Array.from({ length: 500 }, (_, i) => [`t${i}`, value] as const);
      const change = { name: `Huge ${n}`, setAttributes: attributes };
      await service.create(tx, api.accountId, change, "2020-01-01 00:00:00");
    }
  });
});
afterAll(async () => server.close());

describe("a page of very large items", () => {
  // A search built one string of every item on the page, and past V8's limit answered internal.
  it("is cut to stay under the answer limit, with a warning that says where to go on", async () => {
    const first = await ask(server, api, "search=true");
    expect(first.body.success).toBe("true");
    expect(Buffer.byteLength(first.text)).toBeLessThan(MAX_ANSWER_BYTES + 64 * 1024);
    expect(first.body.total).toBe(LARGEST_ITEMS);

    const ids = idsOf(first);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(LARGEST_ITEMS);
    const lastId = ids[ids.length - 1];
    expect(first.body.warnings?.join(" ")).toContain(`afterId=${lastId}`);

    const rest = await ask(server, api, `search=true&afterId=${lastId}`);
    expect(idsOf(rest).length).toBe(LARGEST_ITEMS - ids.length);
  });
});
