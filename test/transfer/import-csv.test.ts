import iconv from "iconv-lite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatImportReport } from "../../src/transfer/format-report.js";
import { importCsv } from "../../src/transfer/import-csv.js";
import { importJson } from "../../src/transfer/import-json.js";
import {
  allItems,
  attribute,
  corpusFile,
  itemByBarcode,
  openTestStore,
  type TestStore,
} from "./helpers.js";

const MAC_FILE = corpusFile("snipeit-assets-macroman-cr.csv");
const BOM_FILE = corpusFile("snipeit-assets-utf8-bom.csv");

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.close();
});

function importFile(file: string, options = {}) {
  return importCsv(t.store, t.service, t.accountId, file, options);
}

describe("importing the UTF-8 Snipe-IT file with a BOM", () => {
  it("creates every row, with quoted commas and quotes intact", async () => {
    const report = await importFile(BOM_FILE);
    expect(report).toMatchObject({ encoding: "utf-8", bom: true, lineEnding: "lf" });
    expect(report).toMatchObject({ rowsRead: 22, created: 22, refusedCount: 0 });

    const item = await itemByBarcode(t, "WBH-2841795");
    expect(item.name).toBe("Dragline");
    expect(item.assetType).toBe('Macbook Pro 13"');
    expect(item.categoryName).toBe("Structural and Misc Steel (Fabrication)");
    expect(attribute(item, "Company")).toBe("Quitzon, Oberbrunner and Dibbert");
    expect(attribute(item, "Model Number")).toBe("9351IS25A51");
    expect(attribute(item, "Asset Tag")).toBeUndefined();
  });
});

describe("importing the Mac Roman file with CR line ends", () => {
  it("detects Mac Roman and CR, and reads every row", async () => {
    const report = await importFile(MAC_FILE);
    expect(report).toMatchObject({ encoding: "macintosh", lineEnding: "cr", bom: false });
    expect(report).toMatchObject({ rowsRead: 200, created: 200, refusedCount: 0 });
    expect(report.columns).toEqual({
      name: "item Name",
      barcode: "Asset Tag",
      itemType: "Model name",
      category: "Category",
    });
  });

  it("repairs text that had been mis-decoded as Windows-1252", async () => {
    const report = await importFile(MAC_FILE);
    expect(attribute(await itemByBarcode(t, "666189117-3"), "Location")).toBe("Saint-Étienne");
    expect(attribute(await itemByBarcode(t, "441402118-9"), "Location")).toBe("Luts’k");
    expect(attribute(await itemByBarcode(t, "539439867-4"), "Location")).toBe("Joševa");
    expect(report.repairedValues).toBeGreaterThanOrEqual(3);
  });

  it("keeps and flags, with line and column, the values that lost a byte", async () => {
    const report = await importFile(MAC_FILE);
    const mojibake = report.flagged.filter((f) => f.reason === "mojibake");
    expect(mojibake).toContainEqual({
      line: 127,
      column: "Location",
      value: "Äêoan HÃ_ng",
      reason: "mojibake",
    });
    expect(mojibake.map((f) => f.value)).toEqual(
      expect.arrayContaining(["RÄÅwandÅ«z", "Å_wiÄ™tajno"]),
    );
    expect(attribute(await itemByBarcode(t, "957728455-8"), "Location")).toBe("RÄÅwandÅ«z");
  });

  it("imports a number a spreadsheet shortened as it stands, and flags it", async () => {
    const report = await importFile(MAC_FILE);
    expect(report.flagged).toContainEqual({
      line: 2,
      column: "Model Number",
      value: "6.37702E+15",
      reason: "shortened-number",
    });
    expect(attribute(await itemByBarcode(t, "970882174-8"), "Model Number")).toBe("6.37702E+15");
  });

  it("merges repeated headers whose values agree, and reports them", async () => {
    const report = await importFile(MAC_FILE);
    expect(report.duplicateHeaders).toEqual([
      expect.objectContaining({ header: "Category", column: 13, firstColumn: 6, kept: 0 }),
      expect.objectContaining({ header: "Company", column: 17, firstColumn: 4, kept: 0 }),
    ]);
    expect(report.duplicateHeaders[0]?.merged).toBe(200);
    const item = await itemByBarcode(t, "970882174-8");
    expect(item.categoryName).toBe("quam");
    expect(attribute(item, "Company")).toBe("Alpha");
    expect(attribute(item, "Category (2)")).toBeUndefined();
    expect(formatImportReport(report)).toMatch(/"Category" \(column 13\) repeats column 6/);
  });
});

describe("a repeated header whose values differ", () => {
  it("keeps the second value as a numbered attribute", async () => {
    const file = t.writeFile(
      "dup.csv",
      "Name,Category,Category\nDesk,Chairs,Chairs\nLamp,Lights,Bulbs\n",
    );
    const report = await importFile(file);
    expect(report.duplicateHeaders).toEqual([
      { header: "Category", column: 3, firstColumn: 2, merged: 1, kept: 1, keptAs: "Category (2)" },
    ]);
    const [desk, lamp] = await allItems(t);
    expect(attribute(desk ?? { attributes: [] }, "Category (2)")).toBeUndefined();
    expect(lamp?.categoryName).toBe("Lights");
    expect(attribute(lamp ?? { attributes: [] }, "Category (2)")).toBe("Bulbs");
  });
});

describe("importing the same file again", () => {
  it("updates items by barcode instead of doubling them", async () => {
    await importFile(BOM_FILE);
    const again = await importFile(BOM_FILE);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 22 });
    expect(await allItems(t)).toHaveLength(22);
  });

  it("leaves a value as it was where the new file's cell is empty", async () => {
    await importFile(t.writeFile("a.csv", "Name,Barcode,Room,Owner\nDesk,B1,12,Ann\n"));
    const report = await importFile(t.writeFile("b.csv", "Name,Barcode,Room,Owner\n,B1,,Bob\n"));
    expect(report).toMatchObject({ updated: 1, created: 0, refusedCount: 0 });
    const desk = await itemByBarcode(t, "B1");
    expect(desk.name).toBe("Desk");
    expect(desk.attributes).toEqual([
      ["Room", "12"],
      ["Owner", "Bob"],
    ]);
  });

  it("creates rows without a barcode anew each time, and says how many", async () => {
    const file = t.writeFile("nobarcode.csv", "Name,Barcode\nDesk,\nLamp,L1\n");
    await importFile(file);
    const again = await importFile(file);
    expect(again).toMatchObject({ created: 1, unchanged: 1, withoutBarcode: 1 });
  });

  it("lets a barcode repeated in one file update the item its first row made", async () => {
    const file = t.writeFile("twice.csv", "Name,Barcode,Room\nDesk,B1,12\nDesk,B1,14\n");
    const report = await importFile(file);
    expect(report).toMatchObject({ created: 1, updated: 1 });
    expect(attribute(await itemByBarcode(t, "B1"), "Room")).toBe("14");
  });
});

describe("a dry run", () => {
  it("reports what would change and changes nothing", async () => {
    const report = await importFile(MAC_FILE, { dryRun: true, batchSize: 7 });
    expect(report).toMatchObject({ dryRun: true, created: 200, refusedCount: 0 });
    expect(report.typesCreatedCount).toBeGreaterThan(0);
    expect(await allItems(t)).toHaveLength(0);
    expect(await t.store.itemTypes.list(t.accountId)).toEqual([]);
    expect(await t.store.categories.list(t.accountId)).toEqual([]);
  });

  it("counts a barcode met in two batches as one item, as a real run would", async () => {
    const file = t.writeFile("twice.csv", "Name,Barcode,Model\nDesk,B1,Oak\nDesk,B1,Pine\n");
    const dry = await importFile(file, { dryRun: true, batchSize: 1 });
    const real = await importFile(file, { batchSize: 1 });
    expect(dry).toMatchObject({ created: 1, updated: 1, typesCreatedCount: 2 });
    expect({ ...dry, dryRun: false }).toEqual(real);
  });
});

describe("a bad row", () => {
  it("is refused with its line and reason, and the rest go in", async () => {
    const long = "x".repeat(4097);
    const file = t.writeFile(
      "bad.csv",
      [
        "Name,Barcode,Notes",
        "Desk,B1,ok",
        ",B2,no name here",
        "Lamp,B3",
        `Chair,B4,${long}`,
        '"Sofa,B5,never closed',
      ].join("\r\n"),
    );
    const report = await importFile(file);
    expect(report.created).toBe(1);
    expect(report.refused).toEqual([
      { line: 3, reason: "name must not be empty" },
      { line: 4, reason: "the row has 2 fields, the header 3" },
      { line: 5, reason: 'the value of attribute "Notes" is over 4096 characters' },
      { line: 6, reason: "a quote opened on line 6 is never closed" },
    ]);
    expect((await allItems(t)).map((item) => item.barcode)).toEqual(["B1"]);
  });

  it("says how many lines a quote never closed took in, not only 'Rows read: 2'", async () => {
    const file = t.writeFile("open.csv", 'Name,Barcode\nDesk,B1\n"Lamp,B2\nChair,B3\nSofa,B4\n');
    const report = await importFile(file);
    expect(report).toMatchObject({ rowsRead: 2, created: 1 });
    expect(formatImportReport(report)).toContain(
      "line 3: a quote opened on line 3 is never closed: " +
        "it took in the 3 lines from there to the end of the file (lines 3–5)",
    );
  });

  it("does not stop the rows after it in the same batch", async () => {
    const file = t.writeFile("bad2.csv", "Name,Barcode\nDesk,B1\n,B2\nLamp,B3\n");
    const report = await importFile(file, { batchSize: 10 });
    expect(report).toMatchObject({ created: 2, refusedCount: 1 });
  });
});

describe("encodings as files come", () => {
  it("keeps legitimate accents of a Windows-1252 file as they are", async () => {
    const file = t.writeFile(
      "cp.csv",
      iconv.encode("Name,Barcode\nCafé crème,C1\n", "windows-1252"),
    );
    const report = await importFile(file);
    expect(report).toMatchObject({ encoding: "windows-1252", repairedValues: 0, flaggedCount: 0 });
    expect((await itemByBarcode(t, "C1")).name).toBe("Café crème");
  });

  it("reads a semicolon-separated file", async () => {
    const file = t.writeFile("semi.csv", "Name;Barcode;Price\nDesk;B1;12,50\n");
    const report = await importFile(file);
    expect(report.delimiter).toBe(";");
    expect(attribute(await itemByBarcode(t, "B1"), "Price")).toBe("12,50");
  });

  it("stores text in NFC", async () => {
    const file = t.writeFile("nfd.csv", "Name,Barcode\nCafe\u0301,N1\n");
    await importFile(file);
    expect((await itemByBarcode(t, "N1")).name).toBe("Caf\u00e9");
  });
});

describe("a file that cannot be read", () => {
  it("is not_found when it does not exist", async () => {
    await expect(importFile(`${t.dir}/missing.csv`)).rejects.toMatchObject({ code: "not_found" });
  });

  it("is refused before anything is written when an option is wrong", async () => {
    await expect(importFile(BOM_FILE, { batchSize: 0 })).rejects.toMatchObject({
      code: "bad_request",
    });
    await expect(importFile(BOM_FILE, { columns: { name: "Nope" } })).rejects.toThrow(/"Nope"/);
    expect(await allItems(t)).toEqual([]);
  });
});

describe("column overrides and progress", () => {
  it("reads the reserved columns from the headers it is told", async () => {
    const file = t.writeFile("o.csv", "Full Name,Serial,Name\nDesk,S1,Ann\n");
    const report = await importFile(file, { columns: { name: "Full Name", barcode: "serial" } });
    const item = await itemByBarcode(t, "S1");
    expect(item.name).toBe("Desk");
    expect(attribute(item, "Name")).toBe("Ann");
    expect(report.columns).toEqual({ name: "Full Name", barcode: "Serial" });
  });

  it("calls back after each batch with the rows read so far", async () => {
    const seen: number[] = [];
    await importFile(BOM_FILE, { batchSize: 10, onProgress: (rows: number) => seen.push(rows) });
    expect(seen).toEqual([10, 20, 22]);
  });
});

describe("the ' that export puts before a formula", () => {
  it("is taken away before a formula's first character only, in headers too", async () => {
    const file = t.writeFile(
      "guarded.csv",
      "Name,Barcode,'=Title,Note\r\n'=SUM(1),'-A,''=x,'Tis\r\n",
    );
    expect(await importFile(file)).toMatchObject({ created: 1, refusedCount: 0 });
    const item = await itemByBarcode(t, "-A");
    expect(item.name).toBe("=SUM(1)");
    expect(item.attributes).toEqual([
      ["=Title", "'=x"],
      ["Note", "'Tis"],
    ]);
  });

  it("stays in a JSON import, which no spreadsheet wrote", async () => {
    const file = t.writeFile("guarded.ndjson", `{"name":"'=SUM(1)","barcode":"J1"}`);
    await importJson(t.store, t.service, t.accountId, file);
    expect((await itemByBarcode(t, "J1")).name).toBe("'=SUM(1)");
  });
});
