import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importJson } from "../../src/transfer/import-json.js";
import { MAX_ELEMENT_CHARS } from "../../src/transfer/json-element.js";
import { allItems, openTestStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.close();
});

function importText(name: string, text: string) {
  return importJson(t.store, t.service, t.accountId, t.writeFile(name, text));
}

describe("a JSON string of millions of characters (the stack overflow)", () => {
  it("refuses only its item by the value limit, and imports the rest", async () => {
    const long = "y".repeat(8_500_000);
    const report = await importText(
      "long.ndjson",
      `{"name":"Long","attributes":{"Note":"${long}"}}\n{"name":"Short","barcode":"B2"}\n`,
    );
    expect(report.refused).toEqual([
      { line: 1, reason: 'the value of attribute "Note" is over 4096 characters' },
    ]);
    expect(report.created).toBe(1);
  });

  it("refuses an NDJSON line over the item limit with its line, and imports the rest", async () => {
    const huge = `{"name":"${"z".repeat(MAX_ELEMENT_CHARS)}"}`;
    const report = await importText(
      "huge.ndjson",
      `{"name":"A","barcode":"B1"}\r\n${huge}\r\n{"name":"C","barcode":"B3"}\r\n`,
    );
    expect(report.refused).toEqual([
      { line: 2, reason: `the item is over ${MAX_ELEMENT_CHARS} characters` },
    ]);
    expect((await allItems(t)).map((item) => item.name)).toEqual(["A", "C"]);
  });

  it("refuses an element over the item limit with its line, and imports the rest", async () => {
    const huge = `{"name":"${"z".repeat(MAX_ELEMENT_CHARS)}"}`;
    const report = await importText("huge.json", `[{"name":"A"},\n${huge},\n{"name":"C"}]`);
    expect(report.refused.map((refusal) => refusal.line)).toEqual([2]);
    expect(report.created).toBe(2);
  });
});
