import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import type { ItemJson } from "./support/http.js";
import { ask, backdate, fetchItem, idsOf, LONG_AGO, listParam, makeItem } from "./support/items.js";
import { attributeTitlesInOrder } from "./support/ordered-json.js";

let server: TestServer;
let api: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
});
afterAll(async () => server.close());

/** A fresh, fully set item with a modification date long past. */
async function desktop(name: string): Promise<ItemJson> {
  const item = await makeItem(
    server,
    api,
    `name=${name}&barcode=${name}-1&itemType=Desktop&category=Workstations` +
      `&${listParam("attributeTitles", ["OS", "IP", "End User"])}` +
      `&${listParam("attributeValues", ["Windows", "192.168.1.232", "Fred"])}`,
  );
  await backdate(server, api, item.id);
  return { ...item, dateModified: LONG_AGO };
}

async function edit(id: number, fields: string) {
  const answer = await ask(server, api, `editItem=${id}&${fields}`);
  expect(answer.body.success, answer.text).toBe("true");
  return answer;
}

describe("editItem", () => {
  it("changes only the fields given, and moves dateModified but never dateAdded", async () => {
    const item = await desktop("Glados");
    const answer = await edit(item.id, "name=Glados%20II");
    const edited = answer.body.items?.[0];
    expect(edited).toMatchObject({ ...item, name: "Glados II", dateModified: expect.any(String) });
    expect(edited?.dateModified).not.toBe(LONG_AGO);
    expect(edited?.dateAdded).toBe(item.dateAdded);
  });

  it("leaves dateModified alone when what is given is already there", async () => {
    const item = await desktop("Same");
    const answer = await edit(
      item.id,
      "name=Same&itemType=desktop&attributeTitles[]=OS&attributeValues[]=Windows",
    );
    expect(answer.body.items?.[0]?.dateModified).toBe(LONG_AGO);
  });

  it("sets attributes in place, adds new ones at the end and deletes by title", async () => {
    const item = await desktop("Attrs");
    const answer = await edit(
      item.id,
      `${listParam("attributeTitles", ["ip", "Location"])}` +
        `&${listParam("attributeValues", ["10.0.0.1", "Lab"])}&deleteAttributes[]=os`,
    );
    expect(attributeTitlesInOrder(answer.text)).toEqual([["ip", "End User", "Location"]]);
    expect(answer.body.items?.[0]?.attributes).toEqual({
      ip: "10.0.0.1",
      "End User": "Fred",
      Location: "Lab",
    });
  });

  it("deletes an attribute by the title it was set with, spaces at its ends included", async () => {
    const item = await makeItem(
      server,
      api,
      "name=Spaced&attributeTitles[]=%20Rack%20&attributeValues[]=R1",
    );
    expect(item.attributes).toEqual({ Rack: "R1" });
    const answer = await edit(item.id, "deleteAttributes[]=%20Rack%20");
    expect(answer.body.items?.[0]?.attributes).toEqual({});
    expect(answer.body.warnings).toBeUndefined();
  });

  it("refuses the same title in the set list and the delete list", async () => {
    const item = await desktop("Clash");
    const answer = await ask(
      server,
      api,
      `editItem=${item.id}&attributeTitles[]=OS&attributeValues[]=Linux&deleteAttributes[]=os`,
    );
    expect(answer.body.error?.code).toBe("bad_request");
    expect((await fetchItem(server, api, item.id)).attributes.OS).toBe("Windows");
  });

  it("warns of deleting an attribute or link that is not there, and changes nothing", async () => {
    const item = await desktop("Warned");
    const other = await makeItem(server, api, "name=Unlinked");
    const answer = await edit(item.id, `deleteAttributes[]=Colour&deleteLinks[]=${other.id}`);
    expect(answer.body.warnings).toEqual([
      'the item has no attribute "Colour" to delete',
      `the item has no link to ${other.id} to delete`,
    ]);
    expect(answer.body.items?.[0]).toEqual(item);
  });

  it("clears the barcode, type or category when given empty", async () => {
    const item = await desktop("Cleared");
    const answer = await edit(item.id, "barcode=&itemType=&category=");
    expect(answer.body.items?.[0]).toMatchObject({
      barcode: null,
      assetType: null,
      itemType: null,
      category: null,
      categoryName: null,
    });
    expect((await ask(server, api, "barcode=Cleared-1")).body.error?.code).toBe("not_found");
  });

  it("refuses a barcode another item holds, and an empty name", async () => {
    const item = await desktop("Holder");
    const other = await desktop("Taker");
    const taken = await ask(server, api, `editItem=${other.id}&barcode=Holder-1`);
    expect(taken.body.error?.code).toBe("conflict");
    expect((await ask(server, api, `editItem=${item.id}&name=`)).body.error?.code).toBe(
      "bad_request",
    );
  });

  it("answers not_found for an item the account does not have", async () => {
    const answer = await ask(server, api, "editItem=999999&name=Ghost");
    expect(answer.body.error).toEqual({ code: "not_found", message: "there is no item 999999" });
  });
});

describe("links in an edit", () => {
  it("are added and removed on both items, moving dateModified on both", async () => {
    const a = await desktop("LinkA");
    const b = await desktop("LinkB");
    const added = await edit(a.id, `links[]=${b.id}`);
    expect(added.body.items?.[0]?.links).toEqual([b.id]);
    const bAfterAdd = await fetchItem(server, api, b.id);
    expect(bAfterAdd.links).toEqual([a.id]);
    expect(bAfterAdd.dateModified).not.toBe(LONG_AGO);

    await backdate(server, api, a.id, b.id);
    const removed = await edit(b.id, `deleteLinks[]=${a.id}`);
    expect(removed.body.items?.[0]?.links).toEqual([]);
    expect(removed.body.items?.[0]?.dateModified).not.toBe(LONG_AGO);
    const aAfterRemove = await fetchItem(server, api, a.id);
    expect(aAfterRemove.links).toEqual([]);
    expect(aAfterRemove.dateModified).not.toBe(LONG_AGO);
  });

  it("do nothing when the link exists already", async () => {
    const a = await desktop("HasLink");
    const b = await desktop("IsLinked");
    await edit(a.id, `links[]=${b.id}`);
    await backdate(server, api, a.id, b.id);
    const again = await edit(b.id, `links[]=${a.id}`);
    expect(again.body.items?.[0]?.links).toEqual([a.id]);
    expect(again.body.items?.[0]?.dateModified).toBe(LONG_AGO);
    expect(again.body.warnings).toBeUndefined();
  });

  it("refuse an id both linked and unlinked, a link to itself and an unknown id", async () => {
    const a = await desktop("Self");
    const b = await desktop("Other");
    for (const query of [
      `links[]=${b.id}&deleteLinks[]=${b.id}`,
      `links[]=${a.id}`,
      "links[]=999999",
    ]) {
      const answer = await ask(server, api, `editItem=${a.id}&${query}`);
      expect(answer.body.error?.code, query).toBe("bad_request");
    }
    expect((await fetchItem(server, api, a.id)).links).toEqual([]);
  });
});

describe("deleteItem", () => {
  it("removes the item, its attributes and its links", async () => {
    const doomed = await desktop("Doomed");
    const neighbour = await desktop("Neighbour");
    await edit(
      doomed.id,
      `links[]=${neighbour.id}&attributeTitles[]=Tag&attributeValues[]=doomed-only`,
    );

    const answer = await ask(server, api, `deleteItem=${doomed.id}`);
    expect(answer.body).toEqual({ success: "true", deleted: doomed.id });
    expect((await ask(server, api, `id=${doomed.id}`)).body.error?.code).toBe("not_found");
    expect(idsOf(await ask(server, api, "attributeValues[]=doomed-only"))).toEqual([]);
    expect((await fetchItem(server, api, neighbour.id)).links).toEqual([]);
  });

  it("frees the barcode for another item", async () => {
    const first = await makeItem(server, api, "name=Old&barcode=REUSED");
    await ask(server, api, `deleteItem=${first.id}`);
    const second = await makeItem(server, api, "name=New&barcode=REUSED");
    expect(idsOf(await ask(server, api, "barcode=REUSED"))).toEqual([second.id]);
  });

  it("answers not_found for an item the account does not have", async () => {
    const answer = await ask(server, api, "deleteItem=999999");
    expect(answer.body.error).toEqual({ code: "not_found", message: "there is no item 999999" });
  });
});
