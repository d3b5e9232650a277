import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ask, idsOf, makeItem } from "./support/items.js";
import { attributeTitlesInOrder } from "./support/ordered-json.js";

let server: TestServer;
let api: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
});
afterAll(async () => server.close());

async function badRequest(query: string): Promise<string> {
  const answer = await ask(server, api, query);
  expect(answer.body.error?.code, `${query} → ${answer.text}`).toBe("bad_request");
  return answer.body.error?.message ?? "";
}

describe("list parameters", () => {
  it("take every PHP spelling of their brackets", async () => {
    const spellings = [
      "attributeTitles[]=A&attributeValues[]=1&attributeTitles[]=B&attributeValues[]=2",
      "attributeTitles[0]=A&attributeValues[0]=1&attributeTitles[1]=B&attributeValues[1]=2",
      "attributeTitles%5B%5D=A&attributeValues%5B%5D=1" +
        "&attributeTitles%5B%5D=B&attributeValues%5B%5D=2",
      "attributeTitles%5B0%5D=A&attributeValues%5b0%5d=1" +
        "&attributeTitles%5B1%5D=B&attributeValues%5b1%5d=2",
    ];
    for (const spelling of spellings) {
      const item = await makeItem(server, api, `name=Spelled&${spelling}`);
      expect(item.attributes, spelling).toEqual({ A: "1", B: "2" });
    }
  });

  it("order indexed entries by their index as a number, [10] after [9]", async () => {
    const indexes = [10, 9, 2, 0, 1, 11, 3, 4, 5, 6, 7, 8];
    const titles = indexes.map((i) => `attributeTitles[${i}]=T${i}`).join("&");
    const values = [...indexes]
      .reverse()
      .map((i) => `attributeValues[${i}]=v${i}`)
      .join("&");
    const answer = await ask(server, api, `newItem=true&name=Indexed&${titles}&${values}`);
    const expected = [...indexes].sort((a, b) => a - b);
    expect(attributeTitlesInOrder(answer.text)).toEqual([expected.map((i) => `T${i}`)]);
    expect(Object.values(answer.body.items?.[0]?.attributes ?? {})).toEqual(
      expected.map((i) => `v${i}`),
    );
  });

  it("pair sparse indexes by their order, not by their number", async () => {
    const item = await makeItem(
      server,
      api,
      "name=Sparse&attributeTitles[5]=A&attributeTitles[70]=B" +
        "&attributeValues[0]=1&attributeValues[1]=2",
    );
    expect(item.attributes).toEqual({ A: "1", B: "2" });
  });

  it("read a name without brackets as a list of one", async () => {
    const item = await makeItem(
      server,
      api,
      "name=Single&attributeTitles=OS&attributeValues=Linux",
    );
    expect(item.attributes).toEqual({ OS: "Linux" });
  });

  it("refuse [] mixed with [n], deeper keys, a name key, and the same index twice", async () => {
    const bad = [
      "attributeTitles[]=A&attributeTitles[1]=B&attributeValues[]=1&attributeValues[]=2",
      "attributeTitles[0][x]=A&attributeValues[]=1",
      "attributeTitles[x]=A&attributeValues[]=1",
      "attributeTitles[0]=A&attributeTitles[0]=B&attributeValues[]=1&attributeValues[]=2",
      "attributeTitles=A&attributeTitles=B&attributeValues[]=1&attributeValues[]=2",
      "attributeTitles=A&attributeTitles[]=B&attributeValues[]=1&attributeValues[]=2",
    ];
    for (const query of bad) {
      expect(await badRequest(`newItem=true&name=Bad&${query}`), query).toContain(
        "attributeTitles",
      );
    }
  });
});

describe("scalar parameters and flags", () => {
  it("refuse a scalar given twice or with brackets", async () => {
    expect(await badRequest("newItem=true&name=A&name=B")).toContain("name");
    expect(await badRequest("search=true&name[]=A")).toContain("name");
    expect(await badRequest("search=true&search=true")).toContain("search");
  });

  it("take true or 1 for a flag, and refuse other words", async () => {
    await makeItem(server, api, "name=Flagged");
    for (const flag of ["true", "1"]) {
      expect((await ask(server, api, `search=${flag}`)).body.success, flag).toBe("true");
    }
    for (const flag of ["TRUE", "yes", "on", ""]) {
      expect(await badRequest(`search=${flag}`), flag).toContain("search");
    }
  });
});

describe("form decoding", () => {
  it("reads + as a space and %XX as UTF-8, in upper or lower case", async () => {
    const item = await makeItem(
      server,
      api,
      "name=Caf%c3%a9+au%20lait&attributeTitles[]=End+User&attributeValues[]=%E2%82%AC",
    );
    expect(item.name).toBe("Café au lait");
    expect(item.attributes).toEqual({ "End User": "€" });
  });

  it("stores text in Unicode NFC", async () => {
    const decomposed = encodeURIComponent("E\u0301tage");
    const item = await makeItem(
      server,
      api,
      `name=${decomposed}&attributeTitles[]=${decomposed}&attributeValues[]=${decomposed}`,
    );
    expect(item.name).toBe("Étage");
    expect(item.attributes).toEqual({ Étage: "Étage" });
  });

  it("refuses a malformed escape or invalid UTF-8, naming the parameter", async () => {
    for (const value of ["%", "%G1", "abc%2", "%FF", "%C3", "%C3%28", "%ED%A0%80", "%C0%AF"]) {
      const message = await badRequest(`newItem=true&name=${value}`);
      expect(message, value).toContain("name");
    }
    expect(await badRequest("search=true&attributeValues[]=%E2%82")).toContain("attributeValues");
  });

  it("refuses a parameter name that is not valid UTF-8", async () => {
    await badRequest("search=true&na%FFme=x");
  });
});

describe("unknown parameters", () => {
  it("are ignored and named in the warnings", async () => {
    const item = await makeItem(server, api, "name=Warned");
    const answer = await ask(server, api, `id=${item.id}&colour=red&_=1700000000`);
    expect(idsOf(answer)).toEqual([item.id]);
    expect(answer.body.warnings).toEqual([
      'unknown parameter "colour" was ignored',
      'unknown parameter "_" was ignored',
    ]);
  });
});

describe("operations that cannot go together", () => {
  it("are refused", async () => {
    const bad = [
      "newItem=true&editItem=1&name=X",
      "editItem=1&deleteItem=1",
      "newItem=true&name=X&search=true",
      "newItem=true&name=X&id=1",
      "newItem=true&name=X&deleteAttributes[]=OS",
      "deleteItem=1&name=X",
      "search=true&links[]=1",
      "id=1&barcode=1",
    ];
    for (const query of bad) await badRequest(query);
  });
});

describe("messages about parameter names", () => {
  // A 60,000-character name came back whole in the error message.
  it("quote a long name cut short", async () => {
    const name = `links${"[".repeat(30_000)}${"]".repeat(30_000)}`;
    const answer = await ask(server, api, `${name}=1`);
    expect(answer.body.error?.code).toBe("bad_request");
    expect(answer.body.error?.message.length).toBeLessThan(200);
  });

  it("name ten unknown parameters and count the rest", async () => {
    const unknown = Array.from({ length: 25 }, (_, i) => `extra${i}=1`).join("&");
    const answer = await ask(server, api, `search=true&${unknown}`);
    expect(answer.body.warnings).toHaveLength(11);
    expect(answer.body.warnings?.at(-1)).toBe("15 more unknown parameters were ignored");
  });
});
