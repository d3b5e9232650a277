import { badRequest } from "../errors/codes.js";
import { codePointLength, fold } from "./fold.js";

/**
 * A search pattern from the signed API, folded. `*` matches any run of
 * characters; every other character is literal.
 */
export type Pattern =
  | { kind: "exact"; value: string }
  | {
      kind: "like";
      like: string;
      prefix: string;
      /** The literal runs between the wildcards, in order; none is empty. */
      runs: string[];
    };

const LIKE_SPECIAL = /[\\%_]/g;

/**
 * The longest pattern, in characters once folded: twice the longest value,
 * and short enough for every store's LIKE (SQLite's takes 50,000 bytes).
 */
export const MAX_PATTERN_LENGTH = 8192;

/**
 * Parses a client's pattern into a form every store can run; `field` names
 * the parameter in the message when the pattern is too long.
 */
export function parsePattern(text: string, field: string): Pattern {
  // Split before folding: NFKD turns a fullwidth or small asterisk into `*`,
  // and those are literal characters, not wildcards.
  const parts = dropEmptyRuns(text.split("*").map(fold));
  if (codePointLength(parts.join("*")) > MAX_PATTERN_LENGTH) {
    throw badRequest(
      `parameter ${field}: a pattern may be at most ${MAX_PATTERN_LENGTH} characters`,
    );
  }
  const [prefix = "", ...rest] = parts;
  if (rest.length === 0) return { kind: "exact", value: prefix };

  const like = parts.map((part) => part.replace(LIKE_SPECIAL, "\\$&")).join("%");
  return { kind: "like", like, prefix, runs: parts.filter((part) => part !== "") };
}

/** A run of `*` means what one `*` does: the empty parts inside the run go. */
function dropEmptyRuns(parts: string[]): string[] {
  return parts.filter((part, i) => part !== "" || i === 0 || i === parts.length - 1);
}

const LAST_CODE_POINT = 0x10ffff;

/**
 * The least string above every string that starts with `prefix`, so that
 * `prefix <= x < upper` selects a prefix with a plain index range; undefined
 * when there is none, for a prefix made only of U+10FFFF. Steps by code
 * point, never by UTF-16 unit, since stores order text by code point.
 */
export function prefixUpperBound(prefix: string): string | undefined {
  const chars = [...prefix];
  for (let end = chars.length - 1; end >= 0; end--) {
    const last = chars[end]?.codePointAt(0) ?? LAST_CODE_POINT;
    if (last === LAST_CODE_POINT) continue;
    const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
    return chars.slice(0, end).join("") + String.fromCodePoint(next);
  }
  return undefined;
}
