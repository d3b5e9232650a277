import { canonicalEncoding } from "./encoding-name.js";
import { scoreDecoding } from "./encoding-score.js";
import { detectLineEnding } from "./line-ending.js";
import { decodeBytes } from "./text-decoder.js";

/** How much of a file is read to choose its encoding. */
export const DETECTION_SAMPLE_BYTES = 64 * 1024;

export interface SourceEncoding {
  /** The encoding's name as iconv-lite knows it. */
  name: string;
  /** Bytes of a byte order mark at the start of the file, skipped when reading. */
  bomLength: number;
  chosenBy: "option" | "bom" | "valid-utf-8" | "score";
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; name: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], name: "utf-8" },
  { bytes: [0xff, 0xfe], name: "utf-16le" },
  { bytes: [0xfe, 0xff], name: "utf-16be" },
];

/** The two single-byte encodings of Western files: Windows and the classic Mac OS. */
const SINGLE_BYTE_CANDIDATES = ["windows-1252", "macintosh"] as const;

/**
 * The encoding of a file from its first bytes: a byte order mark decides;
 * else valid UTF-8 is UTF-8; else Windows-1252 or Mac Roman, whichever
 * reads as more plausible text. `requested` overrides all of it.
 */
export function detectEncoding(sample: Uint8Array, requested?: string): SourceEncoding {
  const bom = BOMS.find(({ bytes }) => bytes.every((byte, i) => sample[i] === byte));
  const bomLength = bom?.bytes.length ?? 0;
  if (requested !== undefined) {
    return { name: canonicalEncoding(requested), bomLength, chosenBy: "option" };
  }
  if (bom !== undefined) return { name: bom.name, bomLength, chosenBy: "bom" };
  if (isValidUtf8(sample)) return { name: "utf-8", bomLength: 0, chosenBy: "valid-utf-8" };
  return { name: chooseSingleByte(sample), bomLength: 0, chosenBy: "score" };
}

function isValidUtf8(sample: Uint8Array): boolean {
  try {
    // `stream` lets a character cut at the end of the sample pass.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

function chooseSingleByte(sample: Uint8Array): string {
  const [windows, mac] = SINGLE_BYTE_CANDIDATES.map((name) =>
    scoreDecoding(decodeBytes(sample, name)),
  );
  if ((mac ?? 0) > (windows ?? 0)) return "macintosh";
  // A tie is broken by the classic Mac OS habit of ending lines with CR alone.
  const lineEnding = detectLineEnding(Buffer.from(sample).toString("latin1"));
  return mac === windows && lineEnding === "cr" ? "macintosh" : "windows-1252";
}
