import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlextoryApiError, FlextoryClient, FlextoryClientError } from "../../src/client/index.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

describe("FlextoryClient against a running server", () => {
  let server: TestServer;
  let client: FlextoryClient;
  beforeAll(async () => {
    server = await startTestServer();
    client = new FlextoryClient({
      url: server.url,
      userName: server.first.admin.user.name,
      privateKey: server.first.admin.privateKey,
    });
  });
  afterAll(async () => server.close());

  it("creates an item and reads it back by id and by barcode", async () => {
    const { item, warnings } = await client.create({
      name: "Glados",
      barcode: "0004334433",
      itemType: "Desktop",
      category: "Workstations",
      attributes: [
        ["OS", "Windows"],
        ["IP", "192.168.1.232"],
      ],
    });
    expect(warnings).toContain('item type "Desktop" was created');
    expect(item).toMatchObject({ name: "Glados", assetType: "Desktop" });

    expect(await client.get(item.id)).toEqual(item);
    expect(await client.byBarcode("0004334433")).toEqual(item);
  });

  it("keeps the server's attribute order, number-like titles and __proto__ included", async () => {
    const { item } = await client.create({
      name: "Ordered",
      attributes: [
        ["OS", "Linux"],
        ["2024", "bought"],
        ["__proto__", "kept"],
        ["10", "ten"],
      ],
    });
    const read = await client.get(item.id);

    expect(read.attributeList).toEqual([
      ["OS", "Linux"],
      ["2024", "bought"],
      ["__proto__", "kept"],
      ["10", "ten"],
    ]);
    expect(Object.getOwnPropertyDescriptor(read.attributes, "__proto__")?.value).toBe("kept");
    expect(Object.getPrototypeOf(read.attributes)).toBe(Object.prototype);
  });

  it("edits only what is given, and null clears the barcode", async () => {
    const { item } = await client.create({
      name: "Laptop",
      barcode: "L-1",
      attributes: { Owner: "Fred", Room: "12" },
    });
    const { item: edited } = await client.edit(item.id, {
      barcode: null,
      attributes: [["Owner", "Ann"]],
      deleteAttributes: ["Room"],
    });
    expect(edited).toMatchObject({ name: "Laptop", barcode: null, attributes: { Owner: "Ann" } });
    expect(edited.attributeList).toEqual([["Owner", "Ann"]]);
  });

  it("deletes an item, after which reading it is not_found", async () => {
    const { item } = await client.create({ name: "Doomed" });
    expect(await client.delete(item.id)).toEqual({ deleted: item.id, warnings: [] });

    const error = await client.get(item.id).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FlextoryApiError);
    expect(error).toMatchObject({ code: "not_found", status: 404 });
  });

  it("searches with filters, attribute pairs and paging", async () => {
    await client.create({ name: "Front Desk 1", attributes: [["End User", "Fred"]] });
    await client.create({ name: "Front Desk 2", attributes: [["End User", "Frida"]] });
    await client.create({ name: "Front Desk 3", attributes: [["End User", "Ann"]] });

    const page = await client.search({
      name: "front desk*",
      attributePairs: [["End User", "Fr*"]],
      itemsWanted: 1,
    });
    expect(page.total).toBe(2);
    expect(page.items.map((item) => item.name)).toEqual(["Front Desk 1"]);
    expect(page.itemsWanted).toBe(1);
  });

  it("pages through every match with searchAll, more than one page", async () => {
    for (let i = 1; i <= 5; i++) await client.create({ name: `Paged ${i}`, itemType: "Pager" });

    const names: string[] = [];
    for await (const item of client.searchAll({ itemType: "Pager" }, 2)) names.push(item.name);
    expect(names).toEqual(["Paged 1", "Paged 2", "Paged 3", "Paged 4", "Paged 5"]);
  });

  it("lists the account's item types and categories", async () => {
    await client.create({ name: "Listed", itemType: "Printer", category: "Office" });

    expect((await client.itemTypes()).map((entry) => entry.name)).toContain("Printer");
    expect((await client.categories()).map((entry) => entry.name)).toContain("Office");
  });

  it("sends text with quotes, spaces and accents so that its signature holds", async () => {
    const name = "O'Brien's Café #2 <a&b> 100%";
    const { item } = await client.create({ name, attributes: [["Ünïcode", "ß + 😀"]] });

    expect(item.name).toBe(name);
    expect(item.attributeList).toEqual([["Ünïcode", "ß + 😀"]]);
  });

  it("sends a query too long for a URL as a form POST", async () => {
    const methods: string[] = [];
    // Wraps the real fetch only to see which method each request used.
    const recording: typeof fetch = (input, init) => {
      methods.push(init?.method ?? "GET");
      return fetch(input, init);
    };
    const posting = new FlextoryClient({
      url: server.url,
      userName: "admin",
      privateKey: server.first.admin.privateKey,
      fetch: recording,
    });
    const attributes = Array.from({ length: 40 }, (_, i): [string, string] => [
      `Field ${i}`,
      "x".repeat(300),
    ]);

    const { item } = await posting.create({ name: "Long", attributes });
    expect(item.attributeList).toHaveLength(40);
    expect(methods).toEqual(["POST"]);
  });

  it("signs a raw query exactly as written, whatever its spelling", async () => {
    const raw = "userName=admin&search=true&name=front%20desk%2a&attributeValues%5B0%5D=Fr*";
    const answer = await client.callRaw(raw);
    expect(answer.total).toBe(2);
    expect(answer.json.get("success")).toBe("true");
  });

  it("signs a raw query that a URL would re-encode, sending it as it is", async () => {
    const answer = await client.callRaw("userName=admin&search=true&name=O'Brien's Café*");
    expect(answer.items?.map((item) => item.name)).toEqual(["O'Brien's Café #2 <a&b> 100%"]);
  });

  it("answers errors on the original path with status 200 and the same code", async () => {
    const original = new FlextoryClient({
      url: `${server.url}/`,
      userName: "admin",
      privateKey: server.first.admin.privateKey,
      path: "original",
    });
    const error = await original.get(999_999).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: "not_found", status: 200 });
  });

  it("reports a wrong key as auth_failed", async () => {
    const wrong = new FlextoryClient({ url: server.url, userName: "admin", privateKey: "nope" });
    await expect(wrong.search()).rejects.toMatchObject({ code: "auth_failed", status: 401 });
  });

  it("reports a server out of reach without the query or signature in the message", async () => {
    const closed = await startTestServer();
    const url = closed.url;
    await closed.close();
    const away = new FlextoryClient({ url, userName: "admin", privateKey: "k".repeat(16) });

    const error = await away.search().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(FlextoryClientError);
    expect(error).not.toBeInstanceOf(FlextoryApiError);
    expect((error as Error).message).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:\d+\/api\.php: /);
    expect((error as Error).message).not.toContain("publicKey");
  });

  it("refuses a base URL that is not http", () => {
    const make = () => new FlextoryClient({ url: "ftp://x", userName: "a", privateKey: "b" });
    expect(make).toThrow(/not an http or https URL/);
  });
});
