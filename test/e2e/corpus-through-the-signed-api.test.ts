import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ItemService } from "../../src/services/item-service.js";
import { importFile } from "../../src/transfer/index.js";
import {
  type ApiBody,
  callSigned,
  startTestServer,
  type TestServer,
} from "../support/test-server.js";

const CORPUS = path.resolve(import.meta.dirname, "../fixtures/corpus");

let server: TestServer;

async function search(query: string): Promise<ApiBody> {
  const { body } = await callSigned(server, `userName=admin&${query}`);
  expect(body.success, JSON.stringify(body.error)).toBe("true");
  return body;
}

function names(body: ApiBody): string[] {
  return (body.items ?? []).map((item) => String(item.name));
}

beforeAll(async () => {
  server = await startTestServer();
  const accountId = server.first.account.id;
  for (const file of ["snipeit-assets-utf8-bom.csv", "snipeit-assets-macroman-cr.csv"]) {
    await importFile(server.store, new ItemService(), accountId, path.join(CORPUS, file));
  }
});
afterAll(async () => server.close());

describe("the corpus spreadsheets, once imported, through the signed API", () => {
  it("finds a UTF-8 row by its asset tag, a name pattern and a location pair", async () => {
    expect(names(await search("barcode=ICC-2065556"))).toEqual(["Backhoe"]);
    const draglines = await search("search=true&name=drag*");
    expect(new Set(names(draglines))).toEqual(new Set(["Dragline"]));
    expect(draglines.items?.map((item) => item.barcode)).toContain("WBH-2841795");
    const pair = "attributePairTitles[]=Location&attributePairValues[]=Lindgren-Marquardt";
    const atLindgren = (await search(pair)).items?.map((item) => item.barcode);
    expect(atLindgren).toEqual(["WBH-2841795", "EJS-7488052"]);
  });

  it("keeps quoted commas and doubled quotes of the UTF-8 file", async () => {
    const [item] = (await search("barcode=ICC-2065556")).items ?? [];
    expect(item?.assetType).toBe('Macbook Pro 13"');
    expect(item?.attributes.Supplier).toBe("Kunde, Doyle and Kozey");
  });

  it("gives back the Mac Roman file's place names as they were meant", async () => {
    const locationOf = async (tag: string) =>
      (await search(`barcode=${tag}`)).items?.[0]?.attributes.Location;
    expect(await locationOf("666189117-3")).toBe("Saint-Étienne");
    expect(await locationOf("441402118-9")).toBe("Luts’k");
    expect(await locationOf("539439867-4")).toBe("Joševa");
  });

  it("finds Saint-Étienne by saint-etienne, ignoring case and accents", async () => {
    const pair = "attributePairTitles[]=location&attributePairValues[]=saint-etienne";
    const found = await search(pair);
    expect(found.items?.map((item) => item.barcode)).toEqual(["666189117-3"]);
    const shouted = `attributeValues[]=${encodeURIComponent("SAINT-ÉTIENNE")}`;
    expect(await search(shouted)).toMatchObject({ total: 1 });
  });

  it("keeps the number a spreadsheet shortened as it stands", async () => {
    const [item] = (await search("barcode=970882174-8")).items ?? [];
    expect(item?.attributes["Model Number"]).toBe("6.37702E+15");
  });
});
