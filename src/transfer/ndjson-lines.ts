import { badRequest } from "../errors/codes.js";
import type { JsonElement } from "./json-array-splitter.js";
import { MAX_ELEMENT_CHARS } from "./json-array-splitter.js";

/**
 * The non-blank lines of NDJSON text, each with its line number. JSON text
 * cannot hold a raw line break inside a value, so any CR or LF ends a line.
 */
export async function* readNdjsonLines(chunks: AsyncIterable<string>): AsyncGenerator<JsonElement> {
  let pending = "";
  let line = 1;
  for await (const chunk of chunks) {
    let text = pending + chunk;
    // A CR that ends the chunk may be the first half of a CRLF: it waits for the next chunk.
    const held = text.endsWith("\r") ? "\r" : "";
    if (held !== "") text = text.slice(0, -1);
    const parts = text.split(/\r\n|\r|\n/);
    pending = (parts.pop() ?? "") + held;
    if (pending.length > MAX_ELEMENT_CHARS) {
      throw badRequest(
        `the item on line ${line + parts.length} is over ${MAX_ELEMENT_CHARS} characters`,
      );
    }
    for (const part of parts) {
      if (part.trim() !== "") yield { text: part, line };
      line++;
    }
  }
  if (pending.trim() !== "") yield { text: pending, line };
}
