import { badRequest } from "../errors/codes.js";

/** A field longer than this is not data but a quote left open; reading stops there. */
export const MAX_FIELD_CHARS = 1_000_000;

/** One record of a CSV file. */
export interface CsvRecord {
  fields: string[];
  /** The line on which the record starts, counting from 1. */
  line: number;
  /** Why the record is malformed, when it is. */
  problem?: string;
}

type State = "fieldStart" | "unquoted" | "quoted" | "quoteInQuoted";

/**
 * Splits CSV text into records, one chunk at a time. Lines may end with CRLF,
 * LF or CR alone, mixed. A quote inside an unquoted field is kept as text, as
 * spreadsheets write `13" screen`; text after a closing quote marks the
 * record as malformed but is kept, so that the next record starts cleanly.
 */
export class CsvTokenizer {
  private state: State = "fieldStart";
  private fields: string[] = [];
  private field = "";
  private line = 1;
  private recordLine = 1;
  private afterCr = false;
  private problem: string | undefined;
  private records: CsvRecord[] = [];

  constructor(private readonly delimiter: string) {}

  /** The records completed by `text`. */
  push(text: string): CsvRecord[] {
    for (const char of text) this.take(char);
    return this.drain();
  }

  /** The last record, once the text has ended. */
  finish(): CsvRecord[] {
    if (this.state === "quoted") {
      this.problem = `a quote opened on line ${this.recordLine} is never closed`;
    }
    if (this.state !== "fieldStart" || this.fields.length > 0) this.endRecord();
    return this.drain();
  }

  private take(char: string): void {
    const wasAfterCr = this.afterCr;
    this.afterCr = false;
    if (char === "\n" && wasAfterCr) {
      // The CR already ended the line; inside quotes the pair is kept as written.
      if (this.state === "quoted") this.append(char);
      return;
    }
    if (char === "\r" || char === "\n") this.takeLineBreak(char);
    else if (this.state === "quoted") this.takeQuoted(char);
    else this.takeOutsideQuotes(char);
  }

  private takeLineBreak(char: string): void {
    this.line++;
    this.afterCr = char === "\r";
    if (this.state === "quoted") this.append(char);
    else this.endRecord();
  }

  private takeQuoted(char: string): void {
    if (char === '"') this.state = "quoteInQuoted";
    else this.append(char);
  }

  private takeOutsideQuotes(char: string): void {
    if (char === this.delimiter) {
      this.endField();
      return;
    }
    if (this.state === "fieldStart" && char === '"') {
      this.state = "quoted";
      return;
    }
    if (this.state === "quoteInQuoted") {
      if (char === '"') {
        this.append(char);
        this.state = "quoted";
        return;
      }
      this.problem ??= `line ${this.line}: text "${char}" follows a closing quote`;
    }
    this.state = "unquoted";
    this.append(char);
  }

  private append(char: string): void {
    this.field += char;
    if (this.field.length > MAX_FIELD_CHARS) {
      throw badRequest(
        `the field that starts on line ${this.recordLine} is over ${MAX_FIELD_CHARS} characters;` +
          " is a quote left open?",
      );
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = "";
    this.state = "fieldStart";
  }

  private endRecord(): void {
    this.endField();
    const record: CsvRecord = { fields: this.fields, line: this.recordLine };
    if (this.problem !== undefined) record.problem = this.problem;
    this.records.push(record);
    this.fields = [];
    this.problem = undefined;
    this.recordLine = this.line;
  }

  private drain(): CsvRecord[] {
    const done = this.records;
    this.records = [];
    return done;
  }
}
