import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timestampNow } from "../../src/domain/item.js";
import { ItemService } from "../../src/services/item-service.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ask, idsOf } from "./support/items.js";

const ITEM_COUNT = 1001;

let server: TestServer;
let api: ApiUser;
let ids: number[];

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
  // More items than one page may hold, made through the item service in one
  // transaction: a thousand signed requests would only make the suite slow.
  const service = new ItemService();
  ids = await server.store.transaction(async (tx) => {
    const made: number[] = [];
    for (let n = 0; n < ITEM_COUNT; n++) {
      const result = await service.create(tx, api.accountId, { name: `Item ${n}` }, timestampNow());
      made.push(result.id);
    }
    return made;
  });
});
afterAll(async () => server.close());

describe("paging", () => {
  it("answers at most 1000 items by default, with the total of all matches", async () => {
    const answer = await ask(server, api, "search=true");
    expect(idsOf(answer)).toEqual(ids.slice(0, 1000));
    expect(answer.body).toMatchObject({ total: ITEM_COUNT, offset: 0, itemsWanted: 1000 });
    expect(answer.body.warnings).toBeUndefined();
  });

  it("skips offset items and answers itemsWanted of them, ascending by id", async () => {
    const answer = await ask(server, api, "search=true&offset=5&itemsWanted=5");
    expect(idsOf(answer)).toEqual(ids.slice(5, 10));
    expect(answer.body).toMatchObject({ total: ITEM_COUNT, offset: 5, itemsWanted: 5 });
  });

  it("answers no items past the last match, still with the total", async () => {
    const answer = await ask(server, api, `search=true&offset=${ITEM_COUNT}`);
    expect(answer.body).toMatchObject({ success: "true", items: [], total: ITEM_COUNT });
  });

  it("cuts a larger itemsWanted to 1000 and says so", async () => {
    for (const wanted of ["1001", "5000", "99999999999999999999"]) {
      const answer = await ask(server, api, `search=true&itemsWanted=${wanted}`);
      expect(idsOf(answer).length, wanted).toBe(1000);
      expect(answer.body.itemsWanted, wanted).toBe(1000);
      expect(answer.body.warnings, wanted).toEqual(["itemsWanted was cut to 1000"]);
    }
  });

  it("refuses zero, negative and non-integer paging values", async () => {
    const bad = [
      "itemsWanted=0",
      "itemsWanted=-5",
      "itemsWanted=2.5",
      "itemsWanted=ten",
      "itemsWanted=",
      "offset=-1",
      "offset=1.5",
      "afterId=-1",
      "afterId=x",
    ];
    for (const query of bad) {
      const answer = await ask(server, api, `search=true&${query}`);
      expect(answer.body.error?.code, query).toBe("bad_request");
      expect(answer.body.error?.message, query).toContain(query.split("=")[0]);
    }
  });

  it("starts after a given id with afterId, and walks every item page by page", async () => {
    const seen: number[] = [];
    let after = 0;
    for (let page = 0; page < 5 && seen.length < ITEM_COUNT; page++) {
      const answer = await ask(server, api, `search=true&afterId=${after}&itemsWanted=400`);
      expect(answer.body).toMatchObject({ total: ITEM_COUNT, offset: 0, itemsWanted: 400 });
      seen.push(...idsOf(answer));
      after = seen[seen.length - 1] ?? after;
    }
    expect(seen).toEqual(ids);
  });

  it("keeps filters while paging", async () => {
    const answer = await ask(server, api, "name=item%201*&itemsWanted=3&offset=1");
    expect(answer.body.total).toBe(112);
    expect(idsOf(answer)).toEqual([ids[10], ids[11], ids[12]]);
  });
});
