import { describe, expect, it } from "vitest";
import { formatImportReport } from "../../src/transfer/format-report.js";
import { HEADER_SYNONYMS } from "../../src/transfer/header-map.js";
import { headerMappingMarkdown } from "../../src/transfer/header-mapping-doc.js";
import { emptyReport, recordFlag, recordRefusal } from "../../src/transfer/import-report.js";

describe("the report as text", () => {
  it("states encoding, counts, duplicate headers, flags and refusals with their lines", () => {
    const encoding = { name: "macintosh", bomLength: 0, chosenBy: "score" } as const;
    const report = emptyReport("a.csv", "csv", true, encoding, "cr");
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
    recordFlag(report, {
      line: 2,
      column: "Serial",
      value: "6.37702E+15",
      reason: "shortened-number",
    });
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
