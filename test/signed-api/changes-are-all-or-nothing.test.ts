import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ask, backdate, fetchItem, idsOf, makeItem } from "./support/items.js";

let server: TestServer;
let api: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
});
afterAll(async () => server.close());

async function catalogNames(): Promise<{ types: string[]; categories: string[] }> {
  const answer = await ask(server, api, "itemTypes=true&categories=true");
  return {
    types: answer.body.itemTypes?.map((entry) => entry.name) ?? [],
    categories: answer.body.categories?.map((entry) => entry.name) ?? [],
  };
}

describe("a change that fails part-way", () => {
  it("makes no item, type or category when a new item's last link is bad", async () => {
    const before = await catalogNames();
    const answer = await ask(
      server,
      api,
      "newItem=true&name=Half&barcode=HALF&itemType=Halfway&category=Partial" +
        "&attributeTitles[]=IP&attributeValues[]=10.0.0.9&links[]=999999",
    );
    expect(answer.body.error?.code).toBe("bad_request");
    expect(idsOf(await ask(server, api, "name=half"))).toEqual([]);
    expect(idsOf(await ask(server, api, "attributeValues[]=10.0.0.9"))).toEqual([]);
    expect(await catalogNames()).toEqual(before);
    expect((await ask(server, api, "newItem=true&name=Half&barcode=HALF")).body.success).toBe(
      "true",
    );
  });

  it("leaves an edited item, its type list and its links exactly as they were", async () => {
    const neighbour = await makeItem(server, api, "name=Neighbour");
    const item = await makeItem(
      server,
      api,
      `name=Whole&barcode=WHOLE&attributeTitles[]=OS` +
        `&attributeValues[]=Linux&links[]=${neighbour.id}`,
    );
    await backdate(server, api, item.id, neighbour.id);
    const itemBefore = await fetchItem(server, api, item.id);
    const neighbourBefore = await fetchItem(server, api, neighbour.id);
    const catalogBefore = await catalogNames();

    const answer = await ask(
      server,
      api,
      `editItem=${item.id}&name=Broken&barcode=BROKEN&itemType=Brandnew` +
        "&attributeTitles[]=OS&attributeValues[]=Windows" +
        "&attributeTitles[]=New&attributeValues[]=1" +
        `&deleteAttributes[]=Missing&deleteLinks[]=${neighbour.id}&links[]=999999`,
    );
    expect(answer.body.error?.code).toBe("bad_request");
    expect(await fetchItem(server, api, item.id)).toEqual(itemBefore);
    expect(await fetchItem(server, api, neighbour.id)).toEqual(neighbourBefore);
    expect(await catalogNames()).toEqual(catalogBefore);
    expect(idsOf(await ask(server, api, "barcode=WHOLE"))).toEqual([item.id]);
  });

  it("makes no type when a new item's barcode is a conflict", async () => {
    await makeItem(server, api, "name=Holder&barcode=HELD");
    const before = await catalogNames();
    const answer = await ask(server, api, "newItem=true&name=Late&barcode=HELD&category=Never");
    expect(answer.body.error?.code).toBe("conflict");
    expect(await catalogNames()).toEqual(before);
  });
});
