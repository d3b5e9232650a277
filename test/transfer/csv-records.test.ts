import { describe, expect, it } from "vitest";
import { type CsvRecord, readCsvRecords } from "../../src/transfer/csv-records.js";

async function tokenize(chunks: readonly string[], delimiter = ","): Promise<CsvRecord[]> {
  async function* source() {
    yield* chunks;
  }
  const records: CsvRecord[] = [];
  for await (const record of readCsvRecords(source(), delimiter)) records.push(record);
  return records;
}

describe("reading CSV records", () => {
  it("reads CR-only, LF and CRLF line ends alike, mixed in one file", async () => {
    const records = await tokenize(["a,b\rc,d\ne,f\r\ng,h"]);
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });

  it("counts a CRLF cut between two chunks as one line end", async () => {
    const records = await tokenize(["a,b\r", "\nc,d\r", "\n"]);
    expect(records).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["c", "d"], line: 2 },
    ]);
  });

  it("gives a record the line it starts on, even after quoted line breaks", async () => {
    const records = await tokenize(['h1,h2\r\n"one\r\ntwo",x\r\nnext,y\r\n']);
    expect(records[1]).toEqual({ fields: ["one\r\ntwo", "x"], line: 2 });
    expect(records[2]).toEqual({ fields: ["next", "y"], line: 4 });
  });

  it("reads quoted commas and doubled quotes", async () => {
    const records = await tokenize(['"Kunde, Doyle and Kozey","Macbook Pro 13"""']);
    expect(records[0]?.fields).toEqual(["Kunde, Doyle and Kozey", 'Macbook Pro 13"']);
  });

  it("keeps a quote inside an unquoted field as text", async () => {
    expect((await tokenize(['13" screen,x']))[0]?.fields).toEqual(['13" screen', "x"]);
  });

  it("keeps text after a closing quote as written, and reads the next record cleanly", async () => {
    const records = await tokenize(['"bad"x,1\n5,6\n']);
    expect(records[0]).toEqual({ fields: ['"bad"x', "1"], line: 1 });
    expect(records[1]).toEqual({ fields: ["5", "6"], line: 2 });
  });

  it("reports a quote that is never closed with the line it opened on", async () => {
    const records = await tokenize(['a,b\n"open,c\nd,e\n']);
    expect(records[1]?.line).toBe(2);
    expect(records[1]?.problem).toBe(
      "a quote opened on line 2 is never closed: " +
        "it took in the 2 lines from there to the end of the file (lines 2–3)",
    );
  });

  it("counts the lines an unclosed quote took in across chunks, a cut CRLF once", async () => {
    const records = await tokenize(['a,b\r\n"open,c\r', "\nd,e\r", "\nf,g\r\n\r\n"]);
    expect(records[1]?.problem).toMatch(/the 4 lines from there .* \(lines 2–5\)$/);
  });

  it("refuses a record over a million characters as a quote left open", async () => {
    const long = `a,b\n"${"x".repeat(1_000_001)}",y\nc,d\n`;
    await expect(tokenize([long])).rejects.toThrow(/starts on line 2 .* quote left open/);
  });

  it("stops at a quote left open long before the end, without holding the rest", async () => {
    const chunks = ['a,b\n"open\n', ...Array.from({ length: 40 }, () => "x".repeat(65_536))];
    await expect(tokenize(chunks)).rejects.toThrow(/starts on line 2 .* quote left open/);
  });

  it("splits on the delimiter it is given", async () => {
    expect((await tokenize(["a;b,c\tx"], ";"))[0]?.fields).toEqual(["a", "b,c\tx"]);
  });
});
