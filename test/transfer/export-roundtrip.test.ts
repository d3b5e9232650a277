import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ItemChange } from "../../src/domain/item.js";
import { exportItems } from "../../src/transfer/export-items.js";
import { importFile } from "../../src/transfer/import-file.js";
import { openTestStore, portableItems, type TestStore } from "./helpers.js";

let source: TestStore;
let target: TestStore;
beforeEach(async () => {
  source = await openTestStore();
  target = await openTestStore();
});
afterEach(async () => {
  await source.close();
  await target.close();
});

async function create(change: ItemChange): Promise<number> {
  return source.store.transaction(async (tx) => {
    const { id } = await source.service.create(tx, source.accountId, change, "2024-01-02 03:04:05");
    return id;
  });
}

/** Items that try every corner an export must keep. */
async function createTrickyItems(): Promise<void> {
  const desk = await create({
    name: "Desk, oak",
    barcode: "00123",
    itemType: { name: "Furniture" },
    category: { name: "Office" },
    setAttributes: [
      ["Name", "the owner's name"],
      ["Barcode", "old sticker"],
      ["attribute:odd", "prefixed title"],
      ["2024", "number-like title"],
      ["Notes", 'quotes " and, commas\r\nand a line break'],
    ],
  });
  await create({
    name: "Lamp",
    barcode: "L-1",
    itemType: { name: "Light" },
    setAttributes: [
      ["Room", "Saint-Étienne"],
      ["Notes", "bright"],
    ],
    addLinks: [desk],
  });
  await create({ name: "Chair without barcode", setAttributes: [["Room", "12"]] });
}

async function exportTo(format: "csv" | "json" | "ndjson"): Promise<string> {
  const file = source.writeFile(`export.${format}`, "");
  const out = fs.createWriteStream(file);
  await exportItems(source.store, source.service, source.accountId, format, out);
  await new Promise<void>((resolve) => out.end(resolve));
  return file;
}

async function importInto(file: string) {
  return importFile(target.store, target.service, target.accountId, file);
}

describe("export then import into an empty store", () => {
  it("gives the same items through CSV, attributes titled like reserved columns too", async () => {
    await createTrickyItems();
    const report = await importInto(await exportTo("csv"));
    expect(report).toMatchObject({ created: 3, refusedCount: 0, flaggedCount: 0 });
    // CSV columns are shared by all items, so each item's own order of attributes is not kept.
    const comparable = (items: Awaited<ReturnType<typeof portableItems>>) =>
      items.map((item) => ({ ...item, links: [], attributes: [...item.attributes].sort() }));
    expect(comparable(await portableItems(target))).toEqual(
      comparable(await portableItems(source)),
    );
  });

  it("gives the same items through NDJSON, with links and empty values", async () => {
    await createTrickyItems();
    await create({ name: "Shelf", barcode: "S-1", setAttributes: [["Colour", ""]] });
    const report = await importInto(await exportTo("ndjson"));
    expect(report).toMatchObject({ format: "ndjson", created: 4, linksRestored: 1 });
    expect(await portableItems(target)).toEqual(await portableItems(source));
  });

  it("gives the same items through a JSON array", async () => {
    await createTrickyItems();
    const report = await importInto(await exportTo("json"));
    expect(report).toMatchObject({ format: "json", created: 3, linksRestored: 1 });
    expect(await portableItems(target)).toEqual(await portableItems(source));
  });

  it("updates instead of doubling when the export is imported twice", async () => {
    await createTrickyItems();
    const file = await exportTo("ndjson");
    await importInto(file);
    const again = await importInto(file);
    expect(again).toMatchObject({ created: 1, unchanged: 2, withoutBarcode: 1 });
  });
});

describe("the CSV export", () => {
  it("writes the reserved columns, then a column per title in order of first use", async () => {
    await create({
      name: "A",
      setAttributes: [
        ["Colour", "red"],
        ["Name", "x"],
      ],
    });
    await create({
      name: "B",
      setAttributes: [
        ["COLOUR", "blue"],
        ["Size", "L"],
      ],
    });
    const text = fs.readFileSync(await exportTo("csv"), "utf8");
    const [header, first, second] = text.split("\r\n");
    expect(header).toBe("\uFEFFName,Barcode,Item Type,Category,Colour,attribute:Name,Size");
    expect(first).toBe("A,,,,red,x,");
    expect(second).toBe("B,,,,blue,,L");
  });

  it("keeps a value with a lone LF or CR in one cell, left unquoted before", async () => {
    await create({
      name: "Shelf",
      setAttributes: [
        ["Notes", "line one\nline two"],
        ["Old Mac notes", "a\rb"],
      ],
    });
    const file = await exportTo("csv");
    expect(fs.readFileSync(file, "utf8")).toContain('Shelf,,,,"line one\nline two","a\rb"\r\n');
    expect(await importInto(file)).toMatchObject({ created: 1, refusedCount: 0 });
    expect(await portableItems(target)).toEqual(await portableItems(source));
  });

  it("guards cells and titles a spreadsheet would run, and imports them back exactly", async () => {
    await create({
      name: "=cmd|' /C calc'!A0",
      barcode: "@SUM(1+1)",
      setAttributes: [
        ["=1+1", '=HYPERLINK("http://example.test","x")'],
        ["Tab", "\t=1+1"],
        ["CR", "\r=1+1"],
        ["Signed", "-2+3"],
        ["Quoted", "'=1"],
        ["Phone", "+1 555 0100"],
        ["Balance", "-5"],
      ],
    });
    const file = await exportTo("csv");
    const text = fs.readFileSync(file, "utf8");
    const header = text.slice(0, text.indexOf("\r\n"));
    const row = text.slice(header.length + 2, -2);
    expect(header).toBe(
      "\uFEFFName,Barcode,Item Type,Category,'=1+1,Tab,CR,Signed,Quoted,Phone,Balance",
    );
    expect(row).toBe(
      `'=cmd|' /C calc'!A0,'@SUM(1+1),,,"'=HYPERLINK(""http://example.test"",""x"")",` +
        `'\t=1+1,"'\r=1+1",'-2+3,''=1,+1 555 0100,-5`,
    );

    const report = await importInto(file);
    expect(report).toMatchObject({ created: 1, refusedCount: 0 });
    expect(await portableItems(target)).toEqual(await portableItems(source));
  });

  it("writes only the header for an account without items", async () => {
    const text = fs.readFileSync(await exportTo("csv"), "utf8");
    expect(text).toBe("\uFEFFName,Barcode,Item Type,Category\r\n");
  });
});

describe("the JSON exports", () => {
  it("write the API's item form, attributes in their order", async () => {
    await create({
      name: "A",
      setAttributes: [
        ["b", "1"],
        ["2024", "2"],
        ["a", "3"],
      ],
    });
    const line = fs.readFileSync(await exportTo("ndjson"), "utf8").trim();
    expect(line).toMatch(/^\{"id":\d+,"name":"A","barcode":null,"assetType":null,/);
    expect(line).toContain('"attributes":{"b":"1","2024":"2","a":"3"}');
  });

  it("write an empty array for an account without items", async () => {
    expect(JSON.parse(fs.readFileSync(await exportTo("json"), "utf8"))).toEqual([]);
  });
});
