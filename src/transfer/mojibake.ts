import { decodeUtf8Strictly } from "../domain/utf8.js";
import { cp1252CharClass, encodeCp1252 } from "./cp1252.js";

/**
 * Text that was UTF-8, read once as Windows-1252 and saved that way ("Ã‰"
 * for "É"). Its mark is a UTF-8 lead byte (0xC2–0xF4) read as cp1252 and
 * followed by a continuation byte (0x80–0xBF) read the same way; genuine
 * Western text almost never has that pair.
 */
const LEAD = cp1252CharClass(0xc2, 0xf4);
const CONTINUATION = cp1252CharClass(0x80, 0xbf);
const SEQUENCE = new RegExp(`[${LEAD}][${CONTINUATION}]`, "u");

/**
 * The leads of Latin letters (Â Ã Ä Å) followed by a mark that a converter
 * left where it lost the next byte. Only flagged, never changed.
 */
const COMMON_LEADS = "\\u00c2-\\u00c5";
const LOST_BYTE_MARKS = "_?\\ufffd";

/** Text read twice as cp1252 is repaired in two rounds; more is not seen in practice. */
const MAX_ROUNDS = 2;

export type RepairOutcome = "clean" | "repaired" | "unrepairable";

export interface Repair {
  outcome: RepairOutcome;
  text: string;
}

/** Whether `text` carries a doubly decoded UTF-8 sequence. */
export function hasMojibake(text: string): boolean {
  return SEQUENCE.test(text);
}

/**
 * Repairs values of one source. `lostByteChars` are the characters that the
 * source's encoding gives the bytes cp1252 leaves undefined: a converter that
 * kept those bytes raw makes them appear right after a lead.
 */
export function mojibakeRepairer(lostByteChars: string): (text: string) => Repair {
  const escaped = [...lostByteChars].map((char) => `\\u${hex(char)}`).join("");
  const damaged = new RegExp(`[${COMMON_LEADS}][${LOST_BYTE_MARKS}${escaped}]`, "u");
  return (text) => repairMojibake(text, damaged);
}

function repairMojibake(text: string, damaged: RegExp): Repair {
  if (!SEQUENCE.test(text)) {
    return { outcome: damaged.test(text) ? "unrepairable" : "clean", text };
  }
  let current = text;
  for (let round = 0; round < MAX_ROUNDS && SEQUENCE.test(current); round++) {
    const bytes = encodeCp1252(current);
    const decoded = bytes === undefined ? undefined : decodeUtf8Strictly(bytes, true);
    if (decoded === undefined) break;
    current = decoded;
  }
  if (current === text) return { outcome: "unrepairable", text };
  return { outcome: "repaired", text: current.normalize("NFC") };
}

function hex(char: string): string {
  return char.charCodeAt(0).toString(16).padStart(4, "0");
}
