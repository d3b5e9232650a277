import { decodeUtf8Strictly } from "../domain/utf8.js";
import { cp1252Byte, encodeCp1252 } from "./cp1252.js";

/** A doubly decoded UTF-8 character is strong evidence that this reading of the bytes is right. */
const MOJIBAKE_BONUS = 8;
const UNDEFINED_BYTE_PENALTY = -5;
const SYMBOL_PENALTY = -2;

/** Punctuation that Western text really uses. */
const TYPOGRAPHY = new Set([..."’‘“”‚„–—…•€£¥°·«»¡¿©®™§¶±×÷\u00a0"]);

/** Letters that a wrong reading of the bytes produces far more often than real text has them. */
const RARE_LETTERS = new Set([..."ƒıﬁﬂªºµπΩ"]);

/** What a repaired sequence may become to count: Latin letters, their marks, punctuation. */
const LATIN_OR_PUNCTUATION: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];

/**
 * How plausible `text` is as Western European text; higher is better. Used
 * to choose between single-byte readings of the same bytes.
 */
export function scoreDecoding(text: string): number {
  const chars = Array.from(text);
  let score = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    if (char < "\u0080") continue;

    const run = repairableRun(chars, i);
    if (run > 0) {
      score += MOJIBAKE_BONUS;
      i += run - 1;
      continue;
    }
    score += scoreChar(char, chars[i - 1] ?? "", chars[i + 1] ?? "");
  }
  return score;
}

function scoreChar(char: string, previous: string, next: string): number {
  const code = char.charCodeAt(0);
  if ((code >= 0x80 && code <= 0x9f) || char === "\uFFFD") return UNDEFINED_BYTE_PENALTY;
  if (RARE_LETTERS.has(char)) return SYMBOL_PENALTY;
  if (isLower(char)) return isLetter(previous) || isLetter(next) ? 2 : 1;
  // A capital after a small letter, mid-word, is far more often a misread byte.
  if (isUpper(char)) return isLower(previous) ? -1 : isLetter(next) ? 2 : 1;
  return TYPOGRAPHY.has(char) ? 1 : SYMBOL_PENALTY;
}

/** How many characters from `start` form one repairable UTF-8 sequence, or 0. */
function repairableRun(chars: readonly string[], start: number): number {
  const lead = cp1252Byte(chars[start] ?? "");
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;

  const bytes = encodeCp1252(chars.slice(start, start + length).join(""));
  if (bytes === undefined || bytes.length !== length) return 0;
  const decoded = decodeUtf8Strictly(bytes, true);
  return decoded !== undefined && isLatinOrPunctuation(decoded) ? length : 0;
}

function isLatinOrPunctuation(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return LATIN_OR_PUNCTUATION.some(([from, to]) => code >= from && code <= to);
}

function isLetter(char: string): boolean {
  return /\p{L}/u.test(char);
}

function isLower(char: string): boolean {
  return /\p{Ll}/u.test(char);
}

function isUpper(char: string): boolean {
  return /\p{Lu}/u.test(char);
}
