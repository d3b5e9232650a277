import { type CsvError, parse } from "csv-parse";
import { badRequest } from "../errors/codes.js";
import { countLineBreaks, LineCounter } from "./line-counter.js";

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

/**
 * Reads CSV records from text chunks with csv-parse. Lines may end with
 * CRLF, LF or CR alone, mixed; a quote inside an unquoted field is text, as
 * spreadsheets write `13" screen`. csv-parse parses each chunk as it is
 * written, and its record and skip hooks run in file order, so records and
 * refusals come out in order. Line numbers are counted here from the records
 * themselves, so that a line break inside quotes counts once.
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<CsvRecord> {
  const ready: CsvRecord[] = [];
  const lines = new LineCounter();
  let nextLine = 1;
  let failure: unknown;
  let pending = 0;
  const parser = parse({
    delimiter,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_quotes: true,
    relax_column_count: true,
    skip_records_with_error: true,
    max_record_size: MAX_FIELD_CHARS,
    on_record: (fields: string[]) => {
      pending = 0;
      ready.push({ fields, line: nextLine });
      nextLine += 1 + fields.reduce((breaks, field) => breaks + countLineBreaks(field), 0);
      return null;
    },
  });
  parser.on("skip", (error: CsvError) => {
    // csv-parse reads nothing after an over-long record, so it ends the import.
    if (isTooLarge(error)) failure ??= tooLarge(nextLine);
    else ready.push({ fields: [], line: nextLine, problem: describe(error, nextLine, lines) });
  });
  parser.on("error", (error) => {
    failure = isTooLarge(error) ? tooLarge(nextLine) : error;
  });

  for await (const chunk of chunks) {
    lines.add(chunk);
    parser.write(chunk);
    // csv-parse checks its size limit outside quotes only; an open quote is caught here.
    pending += chunk.length;
    if (pending > 2 * MAX_FIELD_CHARS) failure ??= tooLarge(nextLine);
    if (failure !== undefined) throw failure;
    yield* ready.splice(0);
  }
  parser.end();
  if (failure !== undefined) throw failure;
  yield* ready.splice(0);
}

/**
 * Says what an error made of the text. A quote never closed is found at the
 * end of the file, having taken every line after it into one row, so the
 * message says how many, lest the user wonder where they went.
 */
function describe(error: CsvError, line: number, lines: LineCounter): string {
  if (error.code !== "CSV_QUOTE_NOT_CLOSED") return `line ${line}: ${error.message}`;
  const never = `a quote opened on line ${line} is never closed`;
  const last = lines.lastLine;
  if (last <= line) return never;
  const taken = `the ${last - line + 1} lines from there to the end of the file`;
  return `${never}: it took in ${taken} (lines ${line}–${last})`;
}

function isTooLarge(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === "CSV_MAX_RECORD_SIZE";
}

function tooLarge(line: number) {
  return badRequest(
    `the record that starts on line ${line} is over ${MAX_FIELD_CHARS} characters;` +
      " is a quote left open?",
  );
}
