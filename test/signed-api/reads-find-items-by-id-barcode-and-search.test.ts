import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import type { ItemJson } from "./support/http.js";
import { ask, backdate, idsOf, LONG_AGO, listParam, makeItem } from "./support/items.js";

let server: TestServer;
let api: ApiUser;
const made: Record<string, ItemJson> = {};

/** Items to search, made through the API; each key names the item for the tests. */
const SEEDS: Record<string, string> = {
  glados:
    "name=Glados&barcode=4334433434&itemType=Desktop&category=Workstations" +
    `&${listParam("attributeTitles", ["OS", "IP", "End User"])}` +
    `&${listParam("attributeValues", ["Windows", "192.168.1.232", "Fred"])}`,
  pixie:
    "name=Pixie&barcode=0034453344&itemType=Desktop" +
    `&${listParam("attributeTitles", ["OS", "IP", "End User"])}` +
    `&${listParam("attributeValues", ["Linux", "192.168.1.222", "Chris"])}`,
  pixieShort: "name=Pixie%20Two&barcode=34453344",
  office:
    `name=${encodeURIComponent("Saint-Étienne office")}&itemType=Printer&category=Offices` +
    `&attributeTitles[]=Location&attributeValues[]=${encodeURIComponent("Saint-Étienne")}`,
  percent: "name=100%25%20cotton",
  cotton: "name=100x%20cotton",
  underscore: "name=a_b",
  anyChar: "name=axb",
  question: "name=what%3F",
  whatever: "name=whatX",
  backslash: "name=back%5Cslash",
  quoted: "name=say%20%22hi%22%20it's",
  upperBarcode: "name=Upper&barcode=ABC-1",
  lowerBarcode: "name=Lower&barcode=abc-1",
};

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
  for (const [key, fields] of Object.entries(SEEDS))
    made[key] = await makeItem(server, api, fields);
});
afterAll(async () => server.close());

function idOf(key: string): number {
  const item = made[key];
  if (item === undefined) throw new Error(`no seed item ${key}`);
  return item.id;
}

async function searchIds(query: string): Promise<number[]> {
  const answer = await ask(server, api, query);
  expect(answer.body.success, answer.text).toBe("true");
  return idsOf(answer);
}

describe("reading one item by id", () => {
  it("answers the item with every field a client needs to round-trip", async () => {
    const answer = await ask(server, api, `id=${idOf("glados")}`);
    expect(answer.body.items).toEqual([
      {
        id: idOf("glados"),
        name: "Glados",
        barcode: "4334433434",
        assetType: "Desktop",
        itemType: expect.any(Number),
        category: expect.any(Number),
        categoryName: "Workstations",
        attributes: { OS: "Windows", IP: "192.168.1.232", "End User": "Fred" },
        links: [],
        dateAdded: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
        dateModified: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      },
    ]);
    expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it("answers null for an unset barcode, type and category", async () => {
    const answer = await ask(server, api, `id=${idOf("percent")}`);
    expect(answer.body.items?.[0]).toMatchObject({
      barcode: null,
      assetType: null,
      itemType: null,
      category: null,
      categoryName: null,
    });
  });

  it("answers not_found for an id the account does not have", async () => {
    const answer = await ask(server, api, "id=999999");
    expect(answer.body.error).toEqual({ code: "not_found", message: "there is no item 999999" });
    expect(answer.status).toBe(404);
  });
});

describe("reading one item by barcode", () => {
  it("matches exactly, keeping leading zeros", async () => {
    expect(await searchIds("barcode=0034453344")).toEqual([idOf("pixie")]);
    expect(await searchIds("barcode=34453344")).toEqual([idOf("pixieShort")]);
    expect((await ask(server, api, "barcode=034453344")).body.error?.code).toBe("not_found");
  });

  it("is case-sensitive", async () => {
    expect(await searchIds("barcode=ABC-1")).toEqual([idOf("upperBarcode")]);
    expect(await searchIds("barcode=abc-1")).toEqual([idOf("lowerBarcode")]);
    expect((await ask(server, api, "barcode=Abc-1")).body.error?.code).toBe("not_found");
  });

  it("finds an item by the very barcode it was made with, decomposed or spaced", async () => {
    const decomposed = encodeURIComponent(" Cafe\u0301-7 ");
    const item = await makeItem(server, api, `name=Till&barcode=${decomposed}`);
    try {
      expect(item.barcode).toBe("Café-7");
      expect(await searchIds(`barcode=${decomposed}`)).toEqual([item.id]);
      expect(await searchIds(`barcode=${encodeURIComponent("Café-7")}`)).toEqual([item.id]);
    } finally {
      await ask(server, api, `deleteItem=${item.id}`);
    }
  });

  it("cannot be combined with an id or a search filter", async () => {
    for (const query of [
      "barcode=1&id=1",
      "barcode=1&name=x",
      "id=1&search=true",
      "id=1&offset=0",
    ]) {
      expect((await ask(server, api, query)).body.error?.code, query).toBe("bad_request");
    }
  });
});

describe("searching by item type and category", () => {
  it("takes an id or a name, the name ignoring case and accents", async () => {
    const desktops = [idOf("glados"), idOf("pixie")];
    const typeId = made.glados?.itemType;
    expect(await searchIds(`itemType=${typeId}`)).toEqual(desktops);
    expect(await searchIds("itemType=Desktop")).toEqual(desktops);
    expect(await searchIds("search=true&itemType=dEsKtOp")).toEqual(desktops);
    expect(await searchIds(`category=${made.office?.category}`)).toEqual([idOf("office")]);
    expect(await searchIds("category=offices")).toEqual([idOf("office")]);
  });

  it("matches nothing for an unknown name or id, rather than failing", async () => {
    for (const query of ["itemType=Laptop", "itemType=987654", "category=Nowhere"]) {
      const answer = await ask(server, api, query);
      expect(answer.body.success, query).toBe("true");
      expect(answer.body.total, query).toBe(0);
      expect(answer.body.items, query).toEqual([]);
    }
  });

  it("finds the items without a type or category when given an empty value", async () => {
    const untyped = await searchIds("itemType=");
    expect(untyped).toContain(idOf("percent"));
    expect(untyped).not.toContain(idOf("glados"));
    expect(await searchIds("category=&itemType=Desktop")).toEqual([idOf("pixie")]);
  });

  it("joins every filter with AND", async () => {
    expect(await searchIds("itemType=Desktop&name=p*")).toEqual([idOf("pixie")]);
    expect(await searchIds("itemType=Desktop&category=Workstations")).toEqual([idOf("glados")]);
    expect(await searchIds("itemType=Printer&name=glados")).toEqual([]);
  });
});

describe("name patterns", () => {
  it("let * match any run of characters, the empty run too", async () => {
    expect(await searchIds("name=gla*")).toEqual([idOf("glados")]);
    expect(await searchIds("name=*cotton")).toEqual([idOf("percent"), idOf("cotton")]);
    expect(await searchIds("name=glados*")).toEqual([idOf("glados")]);
    expect(await searchIds("name=g*l*a*d*o*s")).toEqual([idOf("glados")]);
  });

  it("must equal the whole name when they have no *", async () => {
    expect(await searchIds("name=glados")).toEqual([idOf("glados")]);
    expect(await searchIds("name=glad")).toEqual([]);
    expect(await searchIds("name=lados")).toEqual([]);
  });

  it("take %, _, ?, backslash and quotes literally", async () => {
    expect(await searchIds("name=100%25*")).toEqual([idOf("percent")]);
    expect(await searchIds("name=a_b")).toEqual([idOf("underscore")]);
    expect(await searchIds("name=%25")).toEqual([]);
    expect(await searchIds("name=*_*")).toEqual([idOf("underscore")]);
    expect(await searchIds("name=what%3F")).toEqual([idOf("question")]);
    expect(await searchIds("name=back%5Cslash")).toEqual([idOf("backslash")]);
    expect(await searchIds("name=back%5C*")).toEqual([idOf("backslash")]);
    expect(await searchIds("name=*%22hi%22*")).toEqual([idOf("quoted")]);
    expect(await searchIds("name=*it's")).toEqual([idOf("quoted")]);
  });

  it("ignore case and accents on both sides", async () => {
    const office = [idOf("office")];
    expect(await searchIds("name=saint-etienne*")).toEqual(office);
    expect(await searchIds(`name=${encodeURIComponent("SAINT-ÉTIENNE OFFICE")}`)).toEqual(office);
    expect(await searchIds(`name=${encodeURIComponent("saint-e\u0301tienne*")}`)).toEqual(office);
    expect(await searchIds("name=GLADOS")).toEqual([idOf("glados")]);
  });
});

describe("name patterns beyond ASCII", () => {
  it("find names by a prefix ending in any character, beyond the 16-bit range too", async () => {
    for (const prefix of ["\u{1F3FF}", "\u{1F4BB}", "\u{103FF}", "\u{10FFFF}", "\uFFFF"]) {
      const item = await makeItem(server, api, `name=${encodeURIComponent(`${prefix} tone`)}`);
      try {
        expect(await searchIds(`name=${encodeURIComponent(`${prefix}*`)}`), prefix).toEqual([
          item.id,
        ]);
      } finally {
        await ask(server, api, `deleteItem=${item.id}`);
      }
    }
  });

  it("take a fullwidth or small asterisk literally, as any character but * itself", async () => {
    const star = await makeItem(server, api, `name=${encodeURIComponent("Star\uFF0A")}`);
    const fish = await makeItem(server, api, "name=Starfish");
    try {
      expect(await searchIds(`name=${encodeURIComponent("star\uFF0A")}`)).toEqual([star.id]);
      expect(await searchIds(`name=${encodeURIComponent("star\uFE61")}`)).toEqual([star.id]);
      expect(await searchIds("name=star*")).toEqual([star.id, fish.id]);
    } finally {
      await ask(server, api, `deleteItem=${star.id}`);
      await ask(server, api, `deleteItem=${fish.id}`);
    }
  });
});

describe("attribute patterns", () => {
  it("find items with some attribute value matching each pattern", async () => {
    const both = [idOf("glados"), idOf("pixie")];
    expect(await searchIds("attributeValues[]=192.168.1.*")).toEqual(both);
    expect(await searchIds(`${listParam("attributeValues", ["192.168.1.*", "fred"])}`)).toEqual([
      idOf("glados"),
    ]);
    expect(await searchIds("attributeValues[]=saint-etienne")).toEqual([idOf("office")]);
    expect(await searchIds("attributeValues[]=192.168.1.2")).toEqual([]);
    expect(await searchIds("attributeValues=linux")).toEqual([idOf("pixie")]);
  });

  it("pair titles with values by position, titles ignoring case and accents", async () => {
    const pairs = (titles: string[], values: string[]) =>
      `${listParam("attributePairTitles", titles)}&${listParam("attributePairValues", values)}`;
    expect(await searchIds(pairs(["end user"], ["fr*"]))).toEqual([idOf("glados")]);
    expect(await searchIds(pairs(["END USER", "os"], ["*", "linux"]))).toEqual([idOf("pixie")]);
    expect(await searchIds(pairs(["LOCATION"], ["saint-etienne"]))).toEqual([idOf("office")]);
    expect(await searchIds(pairs(["OS"], ["Fred"]))).toEqual([]);
    expect(await searchIds(pairs(["End*"], ["*"]))).toEqual([]);
    expect(await searchIds("attributePairTitles=OS&attributePairValues=Linux")).toEqual([
      idOf("pixie"),
    ]);
  });

  it("refuse titles and values in unequal numbers", async () => {
    const answer = await ask(
      server,
      api,
      "attributePairTitles[]=OS&attributePairTitles[]=IP&attributePairValues[]=x",
    );
    expect(answer.body.error?.code).toBe("bad_request");
    expect(answer.body.error?.message).toContain("attributePairTitles");
  });
});

describe("modifiedSince", () => {
  it("finds the items changed at or after a UTC time", async () => {
    await backdate(server, api, idOf("glados"), idOf("pixie"));
    const atTheSecond = await searchIds(`modifiedSince=${encodeURIComponent(LONG_AGO)}`);
    expect(atTheSecond).toContain(idOf("glados"));
    expect(atTheSecond).toContain(idOf("pixie"));

    const later = await searchIds("modifiedSince=2012-03-09%2010:28:30");
    expect(later).not.toContain(idOf("glados"));
    expect(later).not.toContain(idOf("pixie"));
    expect(later).toContain(idOf("office"));
  });

  it("refuses anything but YYYY-MM-DD HH:MM:SS naming a real time", async () => {
    for (const value of ["2012-03-09", "2012-02-30 10:00:00", "2012-03-09T10:28:29", "yesterday"]) {
      const answer = await ask(server, api, `modifiedSince=${encodeURIComponent(value)}`);
      expect(answer.body.error?.code, value).toBe("bad_request");
      expect(answer.body.error?.message, value).toContain("modifiedSince");
    }
  });
});

describe("a search without filters and the account's lists", () => {
  it("lists every item, ascending by id, with total, offset and itemsWanted", async () => {
    const answer = await ask(server, api, "search=true");
    const ids = Object.values(made).map((item) => item.id);
    expect(idsOf(answer)).toEqual([...ids].sort((a, b) => a - b));
    expect(answer.body).toMatchObject({ total: ids.length, offset: 0, itemsWanted: 1000 });
  });

  it("lists every item too when the request names no operation at all", async () => {
    const everything = await ask(server, api, "search=true");
    const bare = await ask(server, api, "");
    expect(idsOf(bare)).toEqual(idsOf(everything));
    expect(bare.body.total).toBe(everything.body.total);
  });

  it("answers item types and categories with itemTypes=true and categories=true", async () => {
    const answer = await ask(server, api, "itemTypes=true&categories=1");
    expect(answer.body.itemTypes?.map((type) => type.name)).toEqual(["Desktop", "Printer"]);
    expect(answer.body.categories?.map((category) => category.name)).toEqual([
      "Workstations",
      "Offices",
    ]);
    expect(answer.body.items).toBeUndefined();
    expect(answer.body.itemTypes?.[0]?.id).toBe(made.glados?.itemType);
  });

  it("adds the lists to a search when asked beside it", async () => {
    const answer = await ask(server, api, "search=true&name=glados&itemTypes=true");
    expect(idsOf(answer)).toEqual([idOf("glados")]);
    expect(answer.body.itemTypes?.length).toBe(2);
  });
});
