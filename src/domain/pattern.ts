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

/**
 * The smallest string greater than every string that starts with `prefix`,
 * so that `prefix <= x < upper` selects a prefix with a plain index range.
 */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  const head = prefix.slice(0, last > 0xffff ? -2 : -1);
  const next = last + 1 >= 0xd800 && last + 1 <= 0xdfff ? 0xe000 : last + 1;
  return head + String.fromCodePoint(next);
}
