import { badRequest } from "../errors/codes.js";

/** An element longer than this is not an item: the file is broken, and reading stops. */
export const MAX_ELEMENT_CHARS = 16_000_000;

/** The text of one element of a JSON array, and the line it starts on. */
export interface JsonElement {
  text: string;
  line: number;
}

/**
 * Cuts a JSON array into the texts of its elements, one chunk at a time,
 * without parsing them: an element that is not valid JSON is refused alone
 * by its reader, while the others still go in.
 */
export class JsonArraySplitter {
  private state: "before" | "inside" | "after" = "before";
  private depth = 0;
  private inString = false;
  private escaped = false;
  private afterCr = false;
  private line = 1;
  private element = "";
  private elementLine = 0;
  private elements: JsonElement[] = [];
  private count = 0;

  push(text: string): JsonElement[] {
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
    if (this.element === "" && isSpace(char)) return;
    if (this.element === "") this.elementLine = this.line;
    this.element += char;
    if (this.element.length > MAX_ELEMENT_CHARS) {
      throw badRequest(
        `the item on line ${this.elementLine} is over ${MAX_ELEMENT_CHARS} characters`,
      );
    }
  }

  private flush(more: boolean): void {
    if (this.element === "") {
      // `[]` is an empty file; `[,` or `[1,,2]` is not JSON.
      if (more || this.count > 0) throw badRequest(`line ${this.line}: an empty element`);
      return;
    }
    this.count++;
    this.elements.push({ text: this.element, line: this.elementLine });
    this.element = "";
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
