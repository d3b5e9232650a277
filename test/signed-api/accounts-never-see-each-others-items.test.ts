import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser, addOtherAccount } from "./support/accounts.js";
import type { ItemJson } from "./support/http.js";
import { ask, fetchItem, idsOf, makeItem } from "./support/items.js";

let server: TestServer;
let ours: ApiUser;
let theirs: ApiUser;
let ourItem: ItemJson;
let theirItem: ItemJson;
/** An id that no account has, to compare messages with. */
const NOWHERE = 999999;

beforeAll(async () => {
  server = await startTestServer();
  ours = await addApiUser(server, "ours");
  theirs = await addOtherAccount(server, "Elsewhere", "theirs");
  ourItem = await makeItem(
    server,
    ours,
    "name=Shared%20name&barcode=SAME-1&itemType=Desktop" +
      "&attributeTitles[]=IP&attributeValues[]=10.0.0.1",
  );
  theirItem = await makeItem(
    server,
    theirs,
    "name=Shared%20name&barcode=SAME-1&itemType=Desktop" +
      "&attributeTitles[]=IP&attributeValues[]=10.0.0.1",
  );
});
afterAll(async () => server.close());

/** The error an answer carries, with a given id written as N so two ids compare alike. */
async function errorFor(query: string, id: number): Promise<unknown> {
  const answer = await ask(server, ours, query);
  expect(answer.body.success, query).toBe("false");
  return { ...answer.body.error, message: answer.body.error?.message.replaceAll(String(id), "N") };
}

async function expectSameAsNowhere(template: (id: number) => string): Promise<void> {
  const leaked = await errorFor(template(theirItem.id), theirItem.id);
  expect(leaked, template(theirItem.id)).toEqual(await errorFor(template(NOWHERE), NOWHERE));
}

describe("one account's user", () => {
  it("cannot read another account's item by id: the answer is that of a missing id", async () => {
    await expectSameAsNowhere((id) => `id=${id}`);
  });

  it("finds only its own item by a barcode both accounts use", async () => {
    expect(idsOf(await ask(server, ours, "barcode=SAME-1"))).toEqual([ourItem.id]);
    expect(idsOf(await ask(server, theirs, "barcode=SAME-1"))).toEqual([theirItem.id]);
  });

  it("finds only its own items in a search, and counts only them", async () => {
    for (const query of [
      "search=true",
      "name=shared*",
      "attributeValues[]=10.*",
      "itemType=Desktop",
    ]) {
      const answer = await ask(server, ours, query);
      expect(idsOf(answer), query).toEqual([ourItem.id]);
      expect(answer.body.total, query).toBe(1);
    }
    const byTheirType = await ask(server, ours, `itemType=${theirItem.itemType}`);
    expect(idsOf(byTheirType)).toEqual([]);
  });

  it("sees only its own item types and categories", async () => {
    const answer = await ask(server, ours, "itemTypes=true");
    expect(answer.body.itemTypes).toEqual([{ id: ourItem.itemType, name: "Desktop" }]);
  });

  it("cannot edit or delete another account's item, and it stays as it was", async () => {
    await expectSameAsNowhere((id) => `editItem=${id}&name=Stolen`);
    await expectSameAsNowhere((id) => `deleteItem=${id}`);
    expect(await fetchItem(server, theirs, theirItem.id)).toEqual(theirItem);
  });

  it("cannot link to another account's item: the message is that of an id nobody has", async () => {
    await expectSameAsNowhere((id) => `editItem=${ourItem.id}&links[]=${id}`);
    await expectSameAsNowhere((id) => `newItem=true&name=Linker&links[]=${id}`);
    expect((await fetchItem(server, theirs, theirItem.id)).links).toEqual([]);
  });

  it("cannot unlink another account's item, and hears what a missing link tells", async () => {
    const answer = await ask(server, ours, `editItem=${ourItem.id}&deleteLinks[]=${theirItem.id}`);
    const nowhere = await ask(server, ours, `editItem=${ourItem.id}&deleteLinks[]=${NOWHERE}`);
    expect(answer.body.warnings?.map((w) => w.replace(String(theirItem.id), "N"))).toEqual(
      nowhere.body.warnings?.map((w) => w.replace(String(NOWHERE), "N")),
    );
  });

  it("cannot give its item another account's type or category by id", async () => {
    await expectSameAsNowhere((id) => `editItem=${ourItem.id}&itemType=${id}`);
    const typeId = theirItem.itemType ?? 0;
    const leaked = await errorFor(`editItem=${ourItem.id}&itemType=${typeId}`, typeId);
    expect(leaked).toEqual(await errorFor(`editItem=${ourItem.id}&itemType=${NOWHERE}`, NOWHERE));
  });
});

describe("a read-only user", () => {
  let reader: ApiUser;
  beforeAll(async () => {
    reader = await addApiUser(server, "reader", { role: "read-only" });
  });

  it("reads the account's items", async () => {
    expect(idsOf(await ask(server, reader, `id=${ourItem.id}`))).toEqual([ourItem.id]);
    expect(idsOf(await ask(server, reader, "search=true"))).toEqual([ourItem.id]);
  });

  it("gets forbidden on every change, and nothing changes", async () => {
    const changes = [
      "newItem=true&name=Sneaky&itemType=Sneaky",
      `editItem=${ourItem.id}&name=Sneaky&attributeTitles[]=IP&attributeValues[]=0.0.0.0`,
      `deleteItem=${ourItem.id}`,
    ];
    for (const change of changes) {
      const answer = await ask(server, reader, change);
      expect(answer.body.error?.code, change).toBe("forbidden");
      expect(answer.status, change).toBe(403);
    }
    expect(await fetchItem(server, ours, ourItem.id)).toEqual(ourItem);
    const all = await ask(server, ours, "search=true&itemTypes=true");
    expect(idsOf(all)).toEqual([ourItem.id]);
    expect(all.body.itemTypes?.map((type) => type.name)).toEqual(["Desktop"]);
  });
});
