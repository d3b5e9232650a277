import { describe, expect, it } from "vitest";
import { LineCounter } from "../../src/transfer/line-counter.js";

function lastLine(chunks: readonly string[]): number {
  const counter = new LineCounter();
  for (const chunk of chunks) counter.add(chunk);
  return counter.lastLine;
}

describe("counting the lines of a text read in chunks", () => {
  it.each([
    [["a"], 1],
    [["a\n"], 1],
    [["a\nb"], 2],
    [["a\r\nb\r\n"], 2],
    [["a\r", "\nb"], 2],
    [["a\r", "b\r"], 2],
    [["a\n", "\n"], 2],
    [[""], 1],
    [["\n"], 1],
  ])("gives %j a last line of %i", (chunks, expected) => {
    expect(lastLine(chunks)).toBe(expected);
  });
});
