import { describe, expect, it } from "vitest";
import { formatImportReport } from "../../src/transfer/format-report.js";
import { HEADER_SYNONYMS } from "../../src/transfer/header-map.js";
import { headerMappingMarkdown } from "../../src/transfer/header-mapping-doc.js";
import { emptyReport, type ImportReport } from "../../src/transfer/import-report.js";
import {
  recordCatalogCreated,
  recordFlag,
  recordRefusal,
} from "../../src/transfer/report-records.js";
import { GROUP_LIMIT } from "../../src/transfer/value-groups.js";

function csvReport(): ImportReport {
  const encoding = { name: "macintosh", bomLength: 0, chosenBy: "score" } as const;
  return emptyReport("a.csv", "csv", true, encoding, "cr");
}

function flagNumber(report: ImportReport, line: number, column = "Serial"): void {
  recordFlag(report, { line, column, value: "6.37702E+15", reason: "shortened-number" });
}

describe("the report as text", () => {
  it("states encoding, counts, duplicate headers, flags and refusals with their lines", () => {
    const report = csvReport();
    report.rowsRead = 3;
    report.created = 2;
    report.duplicateHeaders.push({
      header: "Category",
      column: 13,
      firstColumn: 6,
      merged: 2,
      kept: 1,
      keptAs: "Category (2)",
    });
    flagNumber(report, 2);
    recordRefusal(report, 4, "name must not be empty");

    const text = formatImportReport(report);
    expect(text).toContain("dry run, no change");
    expect(text).toContain(
      "Encoding: macintosh (the likelier reading of its bytes); line endings: CR",
    );
    expect(text).toContain("Created: 2, updated: 0, unchanged: 0, refused: 1");
    expect(text).toContain('"Category" (column 13) repeats column 6: 2 equal values merged, 1');
    expect(text).toContain('line 2, Serial: "6.37702E+15": a number a spreadsheet shortened');
    expect(text).toContain("line 4: name must not be empty");
  });

  it("prints a name with a quote in it as it is, not JSON-escaped", () => {
    const report = csvReport();
    recordCatalogCreated(report, "itemType", 'Macbook Pro 13"');
    recordCatalogCreated(report, "itemType", "Tab\there");
    const text = formatImportReport(report);
    expect(text).toContain('Item types created: 2 ("Macbook Pro 13"", "Tab\\there")');
  });

  it("names the first lines of a group whose lines do not follow one another", () => {
    const report = csvReport();
    for (const line of [3, 8, 9, 20, 21, 22, 23, 24, 25, 26, 90]) flagNumber(report, line);
    const text = formatImportReport(report);
    expect(text).toContain("Serial, 11 values on lines 3, 8, 9, …, 90: a number");
    expect(text).toContain('e.g. line 3 "6.37702E+15", line 8 "6.37702E+15"');
  });

  it("counts, past the last group it keeps, the flags of further columns", () => {
    const report = csvReport();
    for (let column = 0; column <= GROUP_LIMIT; column++) flagNumber(report, 2, `C${column}`);
    expect(report.flagGroups).toHaveLength(GROUP_LIMIT);
    const text = formatImportReport(report);
    expect(text).toContain("  … and 1 more in other columns");
    expect(text).toContain("--verbose lists every one");
  });
});

describe("the header mapping's documentation", () => {
  it("lists every header the mapping recognises", () => {
    const table = headerMappingMarkdown();
    for (const header of Object.values(HEADER_SYNONYMS).flat()) {
      expect(table).toContain(`\`${header}\``);
    }
    expect(table).toContain("`attribute:X`");
  });
});
