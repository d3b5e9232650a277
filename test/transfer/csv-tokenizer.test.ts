import { describe, expect, it } from "vitest";
import { type CsvRecord, CsvTokenizer } from "../../src/transfer/csv-tokenizer.js";

function tokenize(chunks: readonly string[], delimiter = ","): CsvRecord[] {
  const tokenizer = new CsvTokenizer(delimiter);
  return [...chunks.flatMap((chunk) => tokenizer.push(chunk)), ...tokenizer.finish()];
}

describe("the CSV tokenizer", () => {
  it("reads CR-only, LF and CRLF line ends alike, mixed in one file", () => {
    const records = tokenize(["a,b\rc,d\ne,f\r\ng,h"]);
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });

  it("counts a CRLF cut between two chunks as one line end", () => {
    const records = tokenize(["a,b\r", "\nc,d\r", "\n"]);
    expect(records).toEqual([
      { fields: ["a", "b"], line: 1 },
      { fields: ["c", "d"], line: 2 },
    ]);
  });

  it("gives a record the line it starts on, even after quoted line breaks", () => {
    const records = tokenize(['h1,h2\r\n"one\r\ntwo",x\r\nnext,y\r\n']);
    expect(records[1]).toEqual({ fields: ["one\r\ntwo", "x"], line: 2 });
    expect(records[2]).toEqual({ fields: ["next", "y"], line: 4 });
  });

  it("reads quoted commas and doubled quotes", () => {
    const records = tokenize(['"Kunde, Doyle and Kozey","Macbook Pro 13"""']);
    expect(records[0]?.fields).toEqual(["Kunde, Doyle and Kozey", 'Macbook Pro 13"']);
  });

  it("keeps a quote inside an unquoted field as text", () => {
    expect(tokenize(['13" screen,x'])[0]?.fields).toEqual(['13" screen', "x"]);
  });

  it("marks a record with text after a closing quote, and reads the next one cleanly", () => {
    const records = tokenize(['"bad"x,1\n5,6\n']);
    expect(records[0]?.problem).toMatch(/follows a closing quote/);
    expect(records[1]).toEqual({ fields: ["5", "6"], line: 2 });
  });

  it("reports a quote that is never closed with the line it opened on", () => {
    const records = tokenize(['a,b\n"open,c\nd,e\n']);
    expect(records[1]?.line).toBe(2);
    expect(records[1]?.problem).toBe("a quote opened on line 2 is never closed");
  });

  it("splits on the delimiter it is given", () => {
    expect(tokenize(["a;b,c\tx"], ";")[0]?.fields).toEqual(["a", "b,c\tx"]);
  });
});
