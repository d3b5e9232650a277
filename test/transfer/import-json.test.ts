import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatImportReport } from "../../src/transfer/format-report.js";
import { importJson } from "../../src/transfer/import-json.js";
import { allItems, attribute, itemByBarcode, openTestStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.close();
});

function importText(name: string, text: string, options = {}) {
  return importJson(t.store, t.service, t.accountId, t.writeFile(name, text), options);
}

describe("importing NDJSON", () => {
  it("refuses a broken line with its number, and takes the others", async () => {
    const report = await importText(
      "items.ndjson",
      [
        '{"name":"Desk","barcode":"B1"}',
        "",
        '{"name":"Lamp",',
        '["not an item"]',
        '{"name":"Chair","attributes":{"Legs":4}}',
        '{"name":"Sofa","barcode":"B2"}',
      ].join("\n"),
    );
    expect(report).toMatchObject({ format: "ndjson", rowsRead: 5, created: 2 });
    expect(report.refused.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(report.refused[1]?.reason).toBe("an item must be a JSON object");
    expect(report.refused[2]?.reason).toBe('the value of attribute "Legs" must be a string');
  });

  it("keeps a field left out, and clears one given as null", async () => {
    await importText(
      "a.ndjson",
      '{"name":"Desk","barcode":"B1","assetType":"Oak","attributes":{"Room":"1"}}',
    );
    const report = await importText(
      "b.ndjson",
      '{"barcode":"B1","assetType":null,"attributes":{"Floor":"2"}}',
    );
    expect(report.updated).toBe(1);
    const desk = await itemByBarcode(t, "B1");
    expect(desk).toMatchObject({ name: "Desk", assetType: null });
    expect(desk.attributes).toEqual([
      ["Room", "1"],
      ["Floor", "2"],
    ]);
  });

  it("refuses an item with lone surrogates, which no request could name", async () => {
    const report = await importText(
      "s.ndjson",
      [
        String.raw`{"name":"s","attributes":{"\ud800":"a","\udc00":"b"}}`,
        String.raw`{"name":"t\udfff","barcode":"T1"}`,
        String.raw`{"name":"pair \ud83d\ude00","barcode":"P1"}`,
      ].join("\n"),
    );
    expect(report.refused).toEqual([
      { line: 1, reason: "attributes.\uFFFD: not valid Unicode (a lone surrogate)" },
      { line: 2, reason: "name: not valid Unicode (a lone surrogate)" },
    ]);
    expect((await itemByBarcode(t, "P1")).name).toBe("pair 😀");
  });

  it("says id must be a whole number for an id too large to read, not 'not null'", async () => {
    const report = await importText(
      "ids.ndjson",
      ['{"name":"a","id":1e400}', '{"name":"b","id":1.5}', '{"name":"c","links":["7"]}'].join("\n"),
    );
    expect(report.refused).toEqual([
      { line: 1, reason: "id must be a whole number of at most 15 digits" },
      { line: 2, reason: "id must be a whole number, not 1.5" },
      { line: 3, reason: 'each of links must be a whole number, not "7"' },
    ]);
  });

  it("flags an id that an earlier item of the file has, whose links go to the last", async () => {
    const report = await importText(
      "twice.ndjson",
      ['{"id":5,"name":"a"}', '{"id":6,"name":"b","links":[5]}', '{"id":5,"name":"c"}'].join("\n"),
    );
    expect(report.flagged).toEqual([{ line: 3, column: "id", value: "5", reason: "repeated-id" }]);
    expect(report.created).toBe(3);
    expect(formatImportReport(report)).toContain("links to it go to the last such item");
  });

  it("repairs doubly decoded text as CSV import does", async () => {
    const report = await importText("m.ndjson", '{"name":"Saint-Ã‰tienne","barcode":"M1"}');
    expect(report.repairedValues).toBe(1);
    expect((await itemByBarcode(t, "M1")).name).toBe("Saint-Étienne");
  });
});

describe("importing a JSON array", () => {
  it("restores links between items of the file with their new ids", async () => {
    const report = await importText(
      "items.json",
      JSON.stringify([
        { id: 70, name: "Desk", barcode: "B1", links: [71, 99] },
        { id: 71, name: "Lamp", barcode: "B2", links: [70] },
      ]),
    );
    expect(report).toMatchObject({ format: "json", created: 2, linksRestored: 1, linksDropped: 1 });
    const desk = await itemByBarcode(t, "B1");
    const lamp = await itemByBarcode(t, "B2");
    expect(desk.links).toEqual([lamp.id]);
    expect(lamp.links).toEqual([desk.id]);
  });

  it("gives an item the line it starts on", async () => {
    const text = '[\n  {"name": "Desk"},\n  {"name": ""},\n  {"name": "Lamp"}\n]\n';
    const report = await importText("items.json", text);
    expect(report.refused).toEqual([{ line: 3, reason: "name must not be empty" }]);
    expect(report.created).toBe(2);
  });

  it("changes nothing in a dry run, links included", async () => {
    const text = JSON.stringify([
      { id: 1, name: "Desk", links: [2] },
      { id: 2, name: "Lamp", attributes: { Room: "" } },
    ]);
    const report = await importText("items.json", text, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, created: 2, linksRestored: 1 });
    expect(await allItems(t)).toEqual([]);
  });

  it("keeps an attribute whose value is empty", async () => {
    await importText("e.json", '[{"name":"Desk","barcode":"E1","attributes":{"Note":""}}]');
    expect(attribute(await itemByBarcode(t, "E1"), "Note")).toBe("");
  });

  it("refuses a file that is neither an array nor lines of items", async () => {
    await expect(importText("x.json", "[1,")).rejects.toThrow(/never closed/);
  });
});
