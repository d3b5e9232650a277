import { describe, expect, it } from "vitest";
import { MAX_ELEMENT_CHARS, type ReadElement } from "../../src/transfer/json-element.js";
import { readNdjsonLines } from "../../src/transfer/ndjson-lines.js";

async function lines(chunks: readonly string[]): Promise<ReadElement[]> {
  async function* source() {
    yield* chunks;
  }
  const read: ReadElement[] = [];
  for await (const element of readNdjsonLines(source())) read.push(element);
  return read;
}

describe("reading NDJSON lines", () => {
  it("numbers lines across chunks, a CRLF cut between two chunks counted once", async () => {
    expect(await lines(["a\r", "\nb\rc", "d\n\n", "e"])).toEqual([
      { text: "a", line: 1 },
      { text: "b", line: 2 },
      { text: "cd", line: 3 },
      { text: "e", line: 5 },
    ]);
  });

  it("takes a CR that ends a chunk as a line end when no LF follows", async () => {
    expect(await lines(["a\r", "b\r", "\r\n", "c"])).toEqual([
      { text: "a", line: 1 },
      { text: "b", line: 2 },
      { text: "c", line: 4 },
    ]);
  });

  it("refuses a line over the item limit, read in many chunks, and reads on", async () => {
    const piece = "x".repeat(MAX_ELEMENT_CHARS / 4);
    const read = await lines(["a\n{", piece, piece, piece, piece, "}\nb\n", piece, "y"]);
    expect(read).toEqual([
      { text: "a", line: 1 },
      { line: 2, refused: `the item is over ${MAX_ELEMENT_CHARS} characters` },
      { text: "b", line: 3 },
      { text: `${piece}y`, line: 4 },
    ]);
  });

  it("refuses an over-long last line that has no line end", async () => {
    const read = await lines(["a\n", "x".repeat(MAX_ELEMENT_CHARS + 1)]);
    expect(read.at(-1)).toEqual({ line: 2, refused: expect.stringMatching(/is over/) });
  });
});
