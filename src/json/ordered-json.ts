/**
 * JSON read with every object's keys in the order they were written.
 * `JSON.parse` moves integer-like keys ("2024") to the front of an object,
 * and an item's attributes must keep the server's order, so answers are
 * read with this small scanner instead.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object as an ordered list of entries. */
export class JsonObject {
  constructor(readonly entries: ReadonlyArray<readonly [key: string, value: JsonValue]>) {}

  /** The value of `key`; when a key is written twice the last one counts, as in `JSON.parse`. */
  get(key: string): JsonValue | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i];
      if (entry?.[0] === key) return entry[1];
    }
    return undefined;
  }

  /** The same data as plain objects and arrays, as `JSON.parse` would give it. */
  toPlain(): Record<string, unknown> {
    return Object.fromEntries(this.entries.map(([key, value]) => [key, toPlain(value)]));
  }
}

/** `value` as plain JavaScript data; `__proto__` stays an own key, never the prototype. */
export function toPlain(value: JsonValue): unknown {
  if (value instanceof JsonObject) return value.toPlain();
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

/** Nesting deeper than this is refused rather than left to overflow the stack. */
const MAX_DEPTH = 256;

const SPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = new Map<string, JsonValue>([
  ["true", true],
  ["false", false],
  ["null", null],
]);

/** Reads JSON text, keeping key order; throws a SyntaxError for anything that is not JSON. */
export function parseOrderedJson(text: string): JsonValue {
  const scanner = new Scanner(text);
  const value = scanner.value(0);
  scanner.skipSpace();
  if (scanner.position < text.length) scanner.fail("unexpected text after the value");
  return value;
}

class Scanner {
  position = 0;

  constructor(private readonly text: string) {}

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    this.skipSpace();
    const next = this.text[this.position];
    if (next === "{") return this.object(depth);
    if (next === "[") return this.array(depth);
    if (next === '"') return this.string();
    const number = this.match(NUMBER);
    if (number !== undefined) return Number(number);
    return this.literal();
  }

  skipSpace(): void {
    this.match(SPACE);
  }

  fail(reason: string): never {
    throw new SyntaxError(`JSON at position ${this.position}: ${reason}`);
  }

  private object(depth: number): JsonObject {
    const entries: Array<[string, JsonValue]> = [];
    this.position++;
    if (this.closes("}")) return new JsonObject(entries);
    do {
      this.skipSpace();
      const key = this.string();
      this.expect(":");
      entries.push([key, this.value(depth + 1)]);
    } while (this.separates("}"));
    return new JsonObject(entries);
  }

  private array(depth: number): JsonValue[] {
    const values: JsonValue[] = [];
    this.position++;
    if (this.closes("]")) return values;
    do {
      values.push(this.value(depth + 1));
    } while (this.separates("]"));
    return values;
  }

  /** After an entry: true on a comma, false on the closing mark, a failure on anything else. */
  private separates(close: string): boolean {
    this.skipSpace();
    const next = this.text[this.position++];
    if (next === ",") return true;
    if (next === close) return false;
    return this.fail(`expected "," or "${close}"`);
  }

  private closes(close: string): boolean {
    this.skipSpace();
    if (this.text[this.position] !== close) return false;
    this.position++;
    return true;
  }

  private expect(mark: string): void {
    this.skipSpace();
    if (this.text[this.position] !== mark) this.fail(`expected "${mark}"`);
    this.position++;
  }

  /**
   * A string is found by its closing quote rather than by a regular
   * expression: a pattern with a repeated group overflows the stack on a
   * string of some millions of characters.
   */
  private string(): string {
    const start = this.position;
    if (this.text[start] !== '"') this.fail("expected a string");
    const end = closingQuote(this.text, start + 1);
    if (end < 0) this.fail("a string is never closed");
    const token = this.text.slice(start, end + 1);
    this.position = end + 1;
    return decodeString(token, start);
  }

  private literal(): JsonValue {
    for (const [word, value] of LITERALS) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return value;
      }
    }
    return this.fail("expected a value");
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.text);
    if (found === null) return undefined;
    this.position = pattern.lastIndex;
    return found[0];
  }
}

/** The index of the quote that closes a string whose text starts at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  let quote = text.indexOf('"', from);
  // Ends: each turn searches after the quote before.
  while (quote >= 0 && isEscaped(text, quote)) quote = text.indexOf('"', quote + 1);
  return quote;
}

/** Whether the mark at `index` follows an odd run of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (text[index - 1 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 1;
}

/** One string token alone: JSON.parse decodes its escapes exactly, and refuses a bad one. */
function decodeString(token: string, position: number): string {
  try {
    return JSON.parse(token) as string;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new SyntaxError(
      `JSON at position ${position}: a string with a bad escape or a raw control character`,
    );
  }
}
