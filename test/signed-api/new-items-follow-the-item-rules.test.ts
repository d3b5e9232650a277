import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ask, backdate, fetchItem, LONG_AGO, listParam, makeItem } from "./support/items.js";
import { attributeTitlesInOrder } from "./support/ordered-json.js";

let server: TestServer;
let api: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
});
afterAll(async () => server.close());

async function refusal(query: string): Promise<{ code?: string; message?: string }> {
  const answer = await ask(server, api, query);
  expect(answer.body.success, answer.text).toBe("false");
  return answer.body.error ?? {};
}

function attributes(titles: string[], values: string[]): string {
  return `${listParam("attributeTitles", titles)}&${listParam("attributeValues", values)}`;
}

describe("a new item's name", () => {
  it("is required, and must not be blank", async () => {
    for (const query of ["newItem=true", "newItem=true&name=", "newItem=true&name=%20%20"]) {
      expect(await refusal(query), query).toMatchObject({ code: "bad_request" });
    }
  });

  it("is trimmed and kept in Unicode NFC", async () => {
    const item = await makeItem(server, api, `name=${encodeURIComponent("  Cafe\u0301 Kasse ")}`);
    expect(item.name).toBe("Café Kasse");
  });

  it("may be 255 characters, counted as characters, but not 256", async () => {
    const longest = `${"é".repeat(254)}\u{1F5A5}`;
    const item = await makeItem(server, api, `name=${encodeURIComponent(longest)}`);
    expect(item.name).toBe(longest);
    const tooLong = await refusal(`newItem=true&name=${"x".repeat(256)}`);
    expect(tooLong).toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("name"),
    });
  });

  it("may be made with newItem=1 too, but not with other words", async () => {
    expect((await ask(server, api, "newItem=1&name=One")).body.success).toBe("true");
    expect(await refusal("newItem=yes&name=Yes")).toMatchObject({ code: "bad_request" });
  });
});

describe("a new item's barcode", () => {
  it("is unique in the account: a second item with it is a conflict", async () => {
    const first = await makeItem(server, api, "name=First&barcode=B-100");
    const answer = await ask(server, api, "newItem=true&name=Second&barcode=B-100");
    expect(answer.body.error?.code).toBe("conflict");
    expect(answer.body.error?.message).toContain("B-100");
    expect(answer.status).toBe(409);
    expect((await fetchItem(server, api, first.id)).name).toBe("First");
  });

  it("differs from another by case alone, and may be at most 128 characters", async () => {
    await makeItem(server, api, "name=Upper&barcode=CASE-1");
    await makeItem(server, api, "name=Lower&barcode=case-1");
    await makeItem(server, api, `name=Long&barcode=${"7".repeat(128)}`);
    expect(await refusal(`newItem=true&name=Longer&barcode=${"7".repeat(129)}`)).toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("barcode"),
    });
  });

  it("is no barcode at all when empty", async () => {
    const item = await makeItem(server, api, "name=NoBarcode&barcode=");
    expect(item.barcode).toBeNull();
  });
});

describe("a new item's attributes", () => {
  it("keep the order given, number-like titles and __proto__ included", async () => {
    const titles = ["Zeta", "2024", "__proto__", "10", "alpha", "constructor"];
    const answer = await ask(
      server,
      api,
      `newItem=true&name=Ordered&${attributes(titles, ["z", "y", "p", "t", "a", "c"])}`,
    );
    expect(attributeTitlesInOrder(answer.text)).toEqual([titles]);
    const id = answer.body.items?.[0]?.id;

    const reread = await ask(server, api, `id=${id}`);
    expect(attributeTitlesInOrder(reread.text)).toEqual([titles]);
    const read = Object.entries(reread.body.items?.[0]?.attributes ?? {});
    expect(read).toContainEqual(["__proto__", "p"]);
    expect(read).toContainEqual(["2024", "y"]);
  });

  it("may have an empty value", async () => {
    const item = await makeItem(server, api, `name=Empty&${attributes(["IP"], [""])}`);
    expect(item.attributes).toEqual({ IP: "" });
  });

  it("refuse two titles equal but for case or accents", async () => {
    for (const titles of [
      ["OS", "os"],
      ["Café", "CAFE"],
      ["End User", "end user"],
    ]) {
      const error = await refusal(`newItem=true&name=Dup&${attributes(titles, ["1", "2"])}`);
      expect(error, titles.join()).toMatchObject({ code: "bad_request" });
    }
  });

  it("refuse titles and values in unequal numbers", async () => {
    const error = await refusal(`newItem=true&name=Odd&${attributes(["A", "B"], ["1"])}`);
    expect(error).toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("attributeTitles"),
    });
  });

  it("refuse an empty title, a title over 255 characters and a value over 4096", async () => {
    const bad: Array<[string[], string[]]> = [
      [[""], ["x"]],
      [["t".repeat(256)], ["x"]],
      [["Notes"], ["v".repeat(4097)]],
    ];
    for (const [titles, values] of bad) {
      expect(await refusal(`newItem=true&name=Bad&${attributes(titles, values)}`)).toMatchObject({
        code: "bad_request",
      });
    }
    const longest = await makeItem(
      server,
      api,
      `name=Longest&${attributes(["t".repeat(255)], ["v".repeat(4096)])}`,
    );
    expect(Object.values(longest.attributes)[0]?.length).toBe(4096);
  });
});

describe("a new item's type and category", () => {
  it("makes a type or category named for the first time, and says so", async () => {
    const answer = await ask(
      server,
      api,
      "newItem=true&name=Router&itemType=Network&category=Racks",
    );
    expect(answer.body.items?.[0]).toMatchObject({ assetType: "Network", categoryName: "Racks" });
    expect(answer.body.warnings).toEqual([
      'item type "Network" was created',
      'category "Racks" was created',
    ]);
  });

  it("reuses an existing one named ignoring case and accents, without a warning", async () => {
    const first = await makeItem(server, api, `name=Cam&itemType=${encodeURIComponent("Caméra")}`);
    const answer = await ask(server, api, "newItem=true&name=Cam2&itemType=CAMERA");
    expect(answer.body.items?.[0]?.itemType).toBe(first.itemType);
    expect(answer.body.items?.[0]?.assetType).toBe("Caméra");
    expect(answer.body.warnings).toBeUndefined();
  });

  it("takes a value made only of digits as an id, and refuses an unknown one", async () => {
    const typed = await makeItem(server, api, "name=Typed&itemType=Scanner");
    const byId = await makeItem(server, api, `name=ById&itemType=${typed.itemType}`);
    expect(byId.assetType).toBe("Scanner");

    const error = await refusal("newItem=true&name=Unknown&itemType=424242");
    expect(error).toMatchObject({
      code: "bad_request",
      message: expect.stringContaining("424242"),
    });
    expect(await refusal("newItem=true&name=Unknown&category=424242")).toMatchObject({
      code: "bad_request",
    });
  });
});

describe("a new item's links", () => {
  it("join both items, each listing the other, and move the other's dateModified", async () => {
    const a = await makeItem(server, api, "name=Switch");
    const b = await makeItem(server, api, "name=Patch%20panel");
    await backdate(server, api, a.id, b.id);

    const made = await makeItem(
      server,
      api,
      `name=Server&${listParam("links", [String(a.id), String(b.id)])}`,
    );
    expect(made.links).toEqual([a.id, b.id]);
    for (const other of [a, b]) {
      const now = await fetchItem(server, api, other.id);
      expect(now.links).toEqual([made.id]);
      expect(now.dateModified).not.toBe(LONG_AGO);
      expect(now.dateAdded).toBe(other.dateAdded);
    }
  });

  it("refuse an id the account does not have", async () => {
    const error = await refusal("newItem=true&name=Orphan&links[]=999999");
    expect(error).toEqual({ code: "bad_request", message: "links: there is no item 999999" });
  });
});

describe("a new item's type given by an id too large to be one", () => {
  it("is a bad_request that names the parameter and the id as sent", async () => {
    const huge = "9".repeat(30);
    const error = await refusal(`newItem=true&name=Huge&itemType=${huge}`);
    expect(error.code).toBe("bad_request");
    expect(error.message).toContain("itemType");
    expect(error.message).toContain(huge);
  });
});

describe("control characters", () => {
  // A NUL hid an item from every pattern search: SQLite's LIKE stops at it.
  it("are refused in names, barcodes, titles and types, naming the field", async () => {
    for (const [query, field] of [
      ["name=zz%00qq", "name"],
      ["name=ok&barcode=a%01b", "barcode"],
      ["name=ok&attributeTitles[]=a%0Ab&attributeValues[]=v", "attribute title"],
      ["name=ok&itemType=Desk%1Btop", "itemType"],
    ]) {
      const error = await refusal(`newItem=true&${query}`);
      expect(error.code, query).toBe("bad_request");
      expect(error.message, query).toContain(field);
    }
  });

  it("may be tabs and line breaks in a value, and no others", async () => {
    const notes = "line one\r\nline two\tend";
    const item = await makeItem(server, api, `name=Noted&${attributes(["Notes"], [notes])}`);
    expect(item.attributes).toEqual({ Notes: "line one\r\nline two\tend" });

    const error = await refusal(`newItem=true&name=Bell&${attributes(["Notes"], ["ding\u0007"])}`);
    expect(error).toMatchObject({ code: "bad_request" });
    expect(error.message).toContain('"Notes"');
  });
});
