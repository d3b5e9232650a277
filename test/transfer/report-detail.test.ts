import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatImportReport } from "../../src/transfer/format-report.js";
import { importCsv } from "../../src/transfer/import-csv.js";
import { importJson } from "../../src/transfer/import-json.js";
import { corpusFile, itemByBarcode, openTestStore, type TestStore } from "./helpers.js";

const MAC_FILE = corpusFile("snipeit-assets-macroman-cr.csv");
const BOM_FILE = corpusFile("snipeit-assets-utf8-bom.csv");

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.close();
});

const csv = (file: string, options = {}) =>
  importCsv(t.store, t.service, t.accountId, file, options);
const json = (file: string) => importJson(t.store, t.service, t.accountId, file);

/** The lines of a section of the text, from its heading to the next unindented line. */
function section(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start < 0) throw new Error(`no section "${heading}" in:\n${text}`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith("  "));
  return rest.slice(0, end < 0 ? rest.length : end);
}

describe("flags in the report of the Mac Roman file", () => {
  it("sum up 200 shortened numbers in a line, so 7 unrepairable places stand out", async () => {
    const report = await csv(MAC_FILE);
    const flags = section(formatImportReport(report), "Flagged values");

    expect(flags).toHaveLength(9);
    expect(flags[0]).toBe(
      "  Model Number, 200 values on lines 2–201: a number a spreadsheet shortened; " +
        'its digits are lost; e.g. line 2 "6.37702E+15", line 3 "5.02E+18"',
    );
    const places = flags.filter((line) => line.includes("could not be repaired"));
    expect(places).toHaveLength(7);
    expect(places).toContain(
      '  line 127, Location: "Äêoan HÃ_ng": mis-decoded text that could not be repaired',
    );
    expect(flags[8]).toBe("  (--verbose lists every one)");
  });

  it("keep every flag in the report object, counted by column and kind", async () => {
    const report = await csv(MAC_FILE);
    expect(report.flagged).toHaveLength(207);
    const counts = report.flagGroups.map((g) => [g.column, g.kind, g.count, g.firstLine]);
    expect(counts).toEqual([
      ["Model Number", "shortened-number", 200, 2],
      ["Location", "mojibake", 7, 26],
    ]);
  });

  it("are listed one a line in the verbose text", async () => {
    const report = await csv(MAC_FILE);
    const flags = section(formatImportReport(report, { verbose: true }), "Flagged values");
    expect(flags).toHaveLength(207);
    expect(flags[1]).toBe(
      '  line 3, Model Number: "5.02E+18": a number a spreadsheet shortened; its digits are lost',
    );
  });
});

describe("repaired values in the report", () => {
  it("are each kept with line, column, what was read and what is stored", async () => {
    const report = await csv(MAC_FILE);
    expect(report.repairedValues).toBe(17);
    expect(report.repaired).toHaveLength(17);
    const stored = await itemByBarcode(t, "666189117-3");
    const line = report.repaired.find((r) => r.after === "Saint-Étienne")?.line;
    expect(report.repaired).toContainEqual({
      line,
      column: "Location",
      before: "Saint-Ã‰tienne",
      after: "Saint-Étienne",
    });
    expect(stored.attributes).toContainEqual(["Location", "Saint-Étienne"]);

    const verbose = formatImportReport(report, { verbose: true });
    expect(verbose).toContain(`  line ${line}, Location: "Saint-Ã‰tienne" → "Saint-Étienne"`);
  });

  it("are listed one by one when a column has a few", async () => {
    const file = t.writeFile(
      "few.csv",
      "Name,Barcode,City\nSaint-Ã‰tienne,R1,Lutsâ€™k\nDesk,R2,Paris\n",
    );
    const repairs = section(formatImportReport(await csv(file)), "Values repaired (2)");
    expect(repairs).toEqual([
      '  line 2, Name: "Saint-Ã‰tienne" → "Saint-Étienne"',
      '  line 2, City: "Lutsâ€™k" → "Luts’k"',
    ]);
  });

  it("are summed up by column when a column has many", async () => {
    const report = await csv(MAC_FILE);
    const repairs = section(formatImportReport(report), "Values repaired (17)");
    expect(repairs[0]).toMatch(/^ {2}Location, 17 values on lines 12, 32, 37, …, 201; e\.g\. /);
    expect(repairs[0]).toContain('"Saint-Ã‰tienne" → "Saint-Étienne"');
  });
});

describe("a number in scientific form", () => {
  const NUMBER = "6.37702E+15";

  it("is flagged in a CSV file, which a spreadsheet may have saved", async () => {
    const report = await csv(t.writeFile("n.csv", `Name,Barcode,Serial\nDesk,S1,${NUMBER}\n`));
    expect(report.flagged.map((f) => f.reason)).toEqual(["shortened-number"]);
  });

  it("is not flagged in a JSON or NDJSON export, where no spreadsheet was involved", async () => {
    const item = { name: "Desk", barcode: "S1", attributes: { Serial: NUMBER } };
    const array = await json(t.writeFile("n.json", JSON.stringify([item])));
    const lines = await json(t.writeFile("n.ndjson", JSON.stringify({ ...item, name: NUMBER })));
    expect([array.flaggedCount, lines.flaggedCount]).toEqual([0, 0]);
    expect(formatImportReport(lines)).not.toContain("Flagged");
  });
});

describe("a barcode repeated within one file", () => {
  it("is flagged with its line and the line it repeats", async () => {
    const file = t.writeFile("rep.csv", "Name,Barcode\nDesk,T-1\nLamp,T-2\nChair,T-1\n");
    const report = await csv(file);
    expect(report).toMatchObject({ created: 2, updated: 1, repeatedBarcodeCount: 1 });
    expect(report.repeatedBarcodes).toEqual([{ line: 4, barcode: "T-1", firstLine: 2 }]);
    expect(formatImportReport(report)).toContain('  line 4: barcode "T-1" repeats line 2');
  });

  it("is one barcode however spaced, and each repeat names the first line", async () => {
    const file = t.writeFile("sp.csv", "Name,Barcode\nDesk,T-1\nDesk, T-1 \nDesk,T-1\n");
    const report = await csv(file, { batchSize: 1 });
    expect(report.repeatedBarcodes.map((r) => [r.line, r.firstLine])).toEqual([
      [3, 2],
      [4, 2],
    ]);
  });

  it("is flagged in a JSON export too, and not when an earlier import made the item", async () => {
    await csv(t.writeFile("first.csv", "Name,Barcode\nDesk,J1\n"));
    const items = [
      { name: "Desk", barcode: "J1" },
      { name: "Lamp", barcode: "J2" },
      { name: "Lamp", barcode: "J2" },
    ];
    const report = await json(t.writeFile("rep.json", JSON.stringify(items, null, 1)));
    expect(report.repeatedBarcodes).toEqual([{ line: 10, barcode: "J2", firstLine: 6 }]);
  });

  it("is not flagged for a file without repeats", async () => {
    const report = await csv(BOM_FILE);
    expect(report.repeatedBarcodeCount).toBe(0);
    expect(formatImportReport(report)).not.toContain("repeated");
  });
});

describe("names in the report", () => {
  it("are printed as they are, a quote in a name not JSON-escaped", async () => {
    const text = formatImportReport(await csv(BOM_FILE));
    expect(text).toMatch(/^Item types created: \d+ \(.*"Macbook Pro 13"".*\)$/m);
    expect(text).not.toContain('\\"');
  });
});
