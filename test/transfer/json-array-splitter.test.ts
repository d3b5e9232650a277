import { describe, expect, it } from "vitest";
import { JsonArraySplitter } from "../../src/transfer/json-array-splitter.js";
import {
  type JsonElement,
  MAX_ELEMENT_CHARS,
  type ReadElement,
} from "../../src/transfer/json-element.js";

function splitAll(chunks: readonly string[]): ReadElement[] {
  const splitter = new JsonArraySplitter();
  const elements = chunks.flatMap((chunk) => splitter.push(chunk));
  splitter.finish();
  return elements;
}

/** The elements, none of them refused. */
function split(chunks: readonly string[]): JsonElement[] {
  return splitAll(chunks).map((element) => {
    if ("refused" in element) throw new Error(`line ${element.line}: ${element.refused}`);
    return element;
  });
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

  it("refuses an element too large with its line, and goes on to the next", () => {
    const huge = `"${"x".repeat(MAX_ELEMENT_CHARS)}"`;
    const elements = splitAll(["[1,\n", huge.slice(0, 9), huge.slice(9), ",\n2]"]);
    expect(elements).toEqual([
      { text: "1", line: 1 },
      { line: 2, refused: `the item is over ${MAX_ELEMENT_CHARS} characters` },
      { text: "2", line: 3 },
    ]);
  });
});
