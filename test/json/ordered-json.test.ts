import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/client/format-json.js";
import { JsonObject, parseOrderedJson, toPlain } from "../../src/json/ordered-json.js";

describe("reading JSON in order", () => {
  it("keeps integer-like keys and __proto__ where they were written", () => {
    const value = parseOrderedJson('{"OS":"Linux","2024":"yes","__proto__":"x","10":"ten"}');
    expect(value).toBeInstanceOf(JsonObject);
    expect((value as JsonObject).entries.map(([key]) => key)).toEqual([
      "OS",
      "2024",
      "__proto__",
      "10",
    ]);
  });

  it("reads the same values as JSON.parse", () => {
    const text =
      '{"a":[1,-2.5,3e2,true,false,null],"b":{"c":"\\u00e9\\n\\"q\\"\\\\"},"d":[],"e":{}," f ":""}';
    expect(toPlain(parseOrderedJson(text))).toEqual(JSON.parse(text));
  });

  it("makes __proto__ an own key of the plain object, never its prototype", () => {
    const plain = toPlain(parseOrderedJson('{"__proto__":{"polluted":"yes"}}')) as object;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(plain)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{"a":1,}', "a trailing comma"],
    ['{"a" 1}', "a missing colon"],
    ['"tab\there"', "a raw control character in a string"],
    ['{"a":1} x', "text after the value"],
    ["[1,2", "an unclosed list"],
    ["nul", "a cut literal"],
    ["", "nothing at all"],
  ])("refuses %s (%s) with a SyntaxError", (text) => {
    expect(() => parseOrderedJson(text)).toThrow(SyntaxError);
  });

  it("refuses nesting too deep to read safely", () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    expect(() => parseOrderedJson(deep)).toThrow(/nesting/);
  });

  it("reads a string of 9 million characters without overflowing the stack", () => {
    const long = 'é\\"x'.repeat(2_250_000);
    const value = parseOrderedJson(JSON.stringify({ note: long, after: 1 }));
    expect(toPlain(value)).toEqual({ note: long, after: 1 });
  });

  it.each([
    ['"a\\\\"', "a\\"],
    ['"\\"\\\\\\""', '"\\"'],
    ['""', ""],
  ])("finds the end of %s after its backslashes", (text, expected) => {
    expect(parseOrderedJson(text)).toBe(expected);
  });

  it.each([
    ['{"a":"open}', /never closed/],
    ['"bad \\x escape"', /bad escape/],
    ['"tail\\"', /never closed/],
  ])("refuses the string in %s", (text, message) => {
    expect(() => parseOrderedJson(text)).toThrow(message);
  });
});

describe("writing JSON in order", () => {
  it("indents like JSON.stringify when no key is integer-like", () => {
    const text = '{"success":"true","items":[{"id":1,"links":[],"attributes":{}}],"total":1}';
    expect(formatJson(parseOrderedJson(text))).toBe(JSON.stringify(JSON.parse(text), null, 2));
  });

  it("writes integer-like keys in their own place", () => {
    expect(formatJson(parseOrderedJson('{"b":1,"2024":2}'), "")).toBe('{\n"b": 1,\n"2024": 2\n}');
  });
});
