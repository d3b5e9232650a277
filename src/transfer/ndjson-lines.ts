import { MAX_ELEMENT_CHARS, type ReadElement, tooLargeElement } from "./json-element.js";

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The non-blank lines of NDJSON text, each with its line number. JSON text
 * cannot hold a raw line break inside a value, so any CR or LF ends a line.
 * A line over `MAX_ELEMENT_CHARS` is dropped as it is read and refused.
 */
export async function* readNdjsonLines(chunks: AsyncIterable<string>): AsyncGenerator<ReadElement> {
  const cutter = new LineCutter();
  for await (const chunk of chunks) yield* cutter.push(chunk);
  yield* cutter.finish();
}

class LineCutter {
  /** The start of the line not yet ended; empty while a line too large is skipped. */
  private pending = "";
  private tooLarge = false;
  private afterCr = false;
  private line = 1;

  *push(chunk: string): Generator<ReadElement> {
    if (chunk === "") return;
    // A CR that ended the last chunk and an LF that starts this one are one line break.
    const text = this.afterCr && chunk.startsWith("\n") ? chunk.slice(1) : chunk;
    this.afterCr = text.endsWith("\r");

    // Only the new chunk is cut, so a long line costs its length once, not once a chunk.
    const parts = text.split(LINE_BREAK);
    const rest = parts.pop() ?? "";
    for (const part of parts) yield* this.end(this.pending + part);
    this.grow(this.pending + rest);
  }

  *finish(): Generator<ReadElement> {
    if (this.tooLarge || this.pending.trim() !== "") yield* this.end(this.pending);
  }

  private *end(text: string): Generator<ReadElement> {
    if (this.tooLarge || text.length > MAX_ELEMENT_CHARS) yield tooLargeElement(this.line);
    else if (text.trim() !== "") yield { text, line: this.line };
    this.pending = "";
    this.tooLarge = false;
    this.line++;
  }

  private grow(text: string): void {
    if (this.tooLarge || text.length > MAX_ELEMENT_CHARS) {
      this.tooLarge = true;
      this.pending = "";
    } else {
      this.pending = text;
    }
  }
}
