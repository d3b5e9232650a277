import { badRequest } from "../errors/codes.js";
import { MAX_ELEMENT_CHARS, type ReadElement, tooLargeElement } from "./json-element.js";

/**
 * Cuts a JSON array into the texts of its elements, one chunk at a time,
 * without parsing them: an element that is not valid JSON is refused alone
 * by its reader, while the others still go in. An element too large is
 * dropped as it is read, and refused once its end is found.
 */
export class JsonArraySplitter {
  private state: "before" | "inside" | "after" = "before";
  private depth = 0;
  private inString = false;
  private escaped = false;
  private afterCr = false;
  private line = 1;
  private element = "";
  /** The element's length so far, counted on after its text is dropped for being too large. */
  private size = 0;
  private elementLine = 0;
  private elements: ReadElement[] = [];
  private count = 0;

  push(text: string): ReadElement[] {
    for (const char of text) this.take(char);
    const done = this.elements;
    this.elements = [];
    return done;
  }

  finish(): void {
    if (this.state !== "after") throw badRequest("the JSON array is never closed");
  }

  private take(char: string): void {
    this.countLine(char);
    if (this.state === "before") this.open(char);
    else if (this.state === "after") this.trail(char);
    else if (this.inString) this.takeInString(char);
    else if (this.depth === 0 && (char === "," || char === "]")) this.endElement(char);
    else this.takeStructure(char);
  }

  private takeStructure(char: string): void {
    if (char === "{" || char === "[") this.depth++;
    else if (char === "}" || char === "]") this.depth--;
    else if (char === '"') this.inString = true;
    this.append(char);
  }

  private endElement(char: string): void {
    this.flush(char === ",");
    if (char === "]") this.state = "after";
  }

  private open(char: string): void {
    if (char === "[") this.state = "inside";
    else if (!isSpace(char)) {
      throw badRequest("a JSON import is an array of items, or one item per line (NDJSON)");
    }
  }

  private trail(char: string): void {
    if (!isSpace(char)) throw badRequest(`line ${this.line}: text after the end of the array`);
  }

  private takeInString(char: string): void {
    if (this.escaped) this.escaped = false;
    else if (char === "\\") this.escaped = true;
    else if (char === '"') this.inString = false;
    this.append(char);
  }

  private append(char: string): void {
    if (this.size === 0 && isSpace(char)) return;
    if (this.size === 0) this.elementLine = this.line;
    this.size += char.length;
    this.element = this.size > MAX_ELEMENT_CHARS ? "" : this.element + char;
  }

  private flush(more: boolean): void {
    if (this.size === 0) {
      // `[]` is an empty file; `[,` or `[1,,2]` is not JSON.
      if (more || this.count > 0) throw badRequest(`line ${this.line}: an empty element`);
      return;
    }
    this.count++;
    const tooLarge = this.size > MAX_ELEMENT_CHARS;
    this.elements.push(
      tooLarge ? tooLargeElement(this.elementLine) : { text: this.element, line: this.elementLine },
    );
    this.element = "";
    this.size = 0;
  }

  private countLine(char: string): void {
    const wasAfterCr = this.afterCr;
    this.afterCr = char === "\r";
    if (char === "\r" || (char === "\n" && !wasAfterCr)) this.line++;
  }
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r";
}
