import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { FORM_TYPE, send, signed } from "./support/http.js";
import { ask, fetchItem, idsOf, makeItem } from "./support/items.js";

const KIB_64 = 64 * 1024;

let server: TestServer;
let api: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
});
afterAll(async () => server.close());

/** A signed search padded with an unknown parameter to exactly `bytes` bytes. */
function signedOfLength(bytes: number): string {
  const base = "userName=api&search=true&pad=";
  const signatureBytes = "&publicKey=".length + 128;
  const query = signed(base + "x".repeat(bytes - base.length - signatureBytes), api.key);
  expect(query.length).toBe(bytes);
  return query;
}

function numbered(name: string, count: number, value: (n: number) => string): string {
  return Array.from({ length: count }, (_, n) => `${name}[]=${value(n)}`).join("&");
}

describe("the size of a request", () => {
  it("may be 64 KiB in the query or the body", async () => {
    const query = signedOfLength(KIB_64);
    expect((await send(server, { query })).body.success).toBe("true");
    const posted = await send(server, { method: "POST", body: query, contentType: FORM_TYPE });
    expect(posted.body.success).toBe("true");
  });

  it("is a bad_request one byte over, in the query or the body", async () => {
    const query = signedOfLength(KIB_64 + 1);
    const got = await send(server, { query });
    expect(got.body.error?.code).toBe("bad_request");
    expect(got.status).toBe(400);
    const posted = await send(server, { method: "POST", body: query, contentType: FORM_TYPE });
    expect(posted.body.error?.code).toBe("bad_request");
  });

  it("is a JSON bad_request when far over, before HTTP itself would refuse it", async () => {
    const got = await send(server, { query: signedOfLength(200 * 1024) });
    expect(got.status).toBe(400);
    expect(got.body.error?.code).toBe("bad_request");
  });
});

describe("the attributes of one item", () => {
  it("may number 500 on a new item, but not 501", async () => {
    const titles = (count: number) => numbered("attributeTitles", count, (n) => `t${n}`);
    const values = (count: number) => numbered("attributeValues", count, (n) => `v${n}`);
    const item = await makeItem(server, api, `name=Full&${titles(500)}&${values(500)}`);
    expect(Object.keys(item.attributes)).toHaveLength(500);

    const over = await ask(server, api, `newItem=true&name=Overfull&${titles(501)}&${values(501)}`);
    expect(over.body.error?.code).toBe("bad_request");
    expect(over.body.error?.message).toContain("500");
    expect(idsOf(await ask(server, api, "name=Overfull"))).toEqual([]);
  });

  it("may not grow past 500 by an edit", async () => {
    const titles = numbered("attributeTitles", 499, (n) => `t${n}`);
    const values = numbered("attributeValues", 499, (n) => `v${n}`);
    const item = await makeItem(server, api, `name=Nearly&${titles}&${values}`);
    const two = "attributeTitles[]=x&attributeValues[]=1&attributeTitles[]=y&attributeValues[]=2";
    expect((await ask(server, api, `editItem=${item.id}&${two}`)).body.error?.code).toBe(
      "bad_request",
    );
    const one = await ask(
      server,
      api,
      `editItem=${item.id}&attributeTitles[]=x&attributeValues[]=1`,
    );
    expect(Object.keys(one.body.items?.[0]?.attributes ?? {})).toHaveLength(500);
  });
});

describe("list parameters", () => {
  it("may hold 1000 entries, and are a bad_request naming the list at 1001", async () => {
    const target = await makeItem(server, api, "name=Hub");
    const links = (count: number) => numbered("links", count, () => String(target.id));
    const linked = await ask(server, api, `newItem=true&name=Spoke&${links(1000)}`);
    expect(linked.body.items?.[0]?.links).toEqual([target.id]);

    const over = await ask(server, api, `newItem=true&name=Spoke2&${links(1001)}`);
    expect(over.body.error?.code).toBe("bad_request");
    expect(over.body.error?.message).toContain("links");
    expect((await fetchItem(server, api, target.id)).links).toHaveLength(1);
  });

  it("hold 1000 search patterns of each kind in one search, repeats counted once", async () => {
    const item = await makeItem(
      server,
      api,
      "name=Patterned&attributeTitles[]=IP&attributeValues[]=192.168.1.232",
    );
    const patterns = numbered("attributeValues", 1000, (n) => (n % 2 ? "192.168.*" : "*.232"));
    const pairs =
      `${numbered("attributePairTitles", 1000, () => "ip")}` +
      `&${numbered("attributePairValues", 1000, () => "192.*")}`;
    for (const query of [patterns, pairs]) {
      const answer = await ask(server, api, query);
      expect(answer.body.success, answer.text).toBe("true");
      expect(idsOf(answer)).toEqual([item.id]);
    }
  });

  // One search of a thousand different patterns held the whole server for minutes.
  it("refuse more than 32 different attribute patterns and pairs in one search", async () => {
    const values = numbered("attributeValues", 20, (n) => `*${n}*`);
    const pairs =
      `${numbered("attributePairTitles", 13, (n) => `t${n}`)}` +
      `&${numbered("attributePairValues", 13, () => "*")}`;
    const over = await ask(server, api, `${values}&${pairs}`);
    expect(over.body.error?.code).toBe("bad_request");
    expect(over.body.error?.message).toContain("at most 32");

    const within = await ask(server, api, `${values}&${pairs.replace("t12", "t11")}`);
    expect(within.body.success, within.text).toBe("true");
  });
});

describe("search patterns", () => {
  it("may be 8192 characters long", async () => {
    const item = await makeItem(server, api, `name=${"a".repeat(200)}`);
    for (const query of [`name=${"a".repeat(8191)}*`, `name=${"a".repeat(8192)}`, "name=a*"]) {
      const answer = await ask(server, api, query);
      expect(answer.body.success, answer.text.slice(0, 200)).toBe("true");
    }
    expect(idsOf(await ask(server, api, `name=${"a".repeat(100)}*${"a".repeat(100)}`))).toEqual([
      item.id,
    ]);
  });

  it("too long to run are a bad_request naming the parameter, never internal", async () => {
    await makeItem(server, api, "name=Anything&attributeTitles[]=Note&attributeValues[]=text");
    const tooLong: Array<[string, string]> = [
      ["attributeValues", `attributeValues[]=*${"a".repeat(50_001)}`],
      ["name", `name=${"a".repeat(60_000)}*`],
      ["name", `name=${"%25".repeat(20_000)}*`],
      ["name", `name=${"b".repeat(8193)}`],
      [
        "attributePairValues",
        `attributePairTitles[]=Note&attributePairValues[]=*${"_".repeat(8193)}`,
      ],
    ];
    for (const [parameter, query] of tooLong) {
      const answer = await ask(server, api, query);
      expect(answer.body.error?.code, query.slice(0, 40)).toBe("bad_request");
      expect(answer.body.error?.message, query.slice(0, 40)).toContain(parameter);
    }
  });

  it("treat a run of * as one *, however long", async () => {
    const item = await makeItem(server, api, "name=Starry");
    expect(idsOf(await ask(server, api, `name=${"*".repeat(60_000)}starry`))).toContain(item.id);
    expect(idsOf(await ask(server, api, `name=st${"*".repeat(60_000)}`))).toEqual([item.id]);
  });
});
