import { fold } from "./fold.js";

/**
 * A search pattern from the signed API, folded. `*` matches any run of
 * characters; every other character is literal.
 */
export type Pattern =
  | { kind: "exact"; value: string }
  | { kind: "like"; like: string; prefix: string };

const LIKE_SPECIAL = /[\\%_]/g;

/** Parses a client's pattern into a form every store can run. */
export function parsePattern(text: string): Pattern {
  // Split before folding: NFKD turns a fullwidth or small asterisk into `*`,
  // and those are literal characters, not wildcards.
  const parts = text.split("*").map(fold);
  const [prefix = "", ...rest] = parts;
  if (rest.length === 0) return { kind: "exact", value: prefix };

  const like = parts.map((part) => part.replace(LIKE_SPECIAL, "\\$&")).join("%");
  return { kind: "like", like, prefix };
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
