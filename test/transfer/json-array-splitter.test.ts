import { describe, expect, it } from "vitest";
import { JsonArraySplitter, type JsonElement } from "../../src/transfer/json-array-splitter.js";

function split(chunks: readonly string[]): JsonElement[] {
  const splitter = new JsonArraySplitter();
  const elements = chunks.flatMap((chunk) => splitter.push(chunk));
  splitter.finish();
  return elements;
}

describe("the JSON array splitter", () => {
  it("cuts elements at top-level commas only, whatever strings hold", () => {
    const elements = split(['[{"a":"x,]}\\"[","b":[1,2]},', ' {"c":{}}, 3]']);
    expect(elements.map((e) => JSON.parse(e.text))).toEqual([
      { a: 'x,]}"[', b: [1, 2] },
      { c: {} },
      3,
    ]);
  });

  it("gives each element the line it starts on, across chunks", () => {
    const elements = split(["[\n  {", '"a":1},\r\n', '  {"b":\n2}\n]']);
    expect(elements.map((e) => e.line)).toEqual([2, 3]);
  });

  it("reads an empty array as no elements", () => {
    expect(split(["  [ \n ]  \n"])).toEqual([]);
  });

  it("refuses a trailing comma, text after the array, and an array never closed", () => {
    expect(() => split(["[1,]"])).toThrow(/empty element/);
    expect(() => split(["[1] x"])).toThrow(/after the end/);
    expect(() => split(["[1"])).toThrow(/never closed/);
    expect(() => split(['{"a":1}'])).toThrow(/array of items/);
  });
});
