import iconv from "iconv-lite";
import { MAC_ROMAN } from "./encoding-name.js";

/** Turns one file's bytes into text, chunk by chunk; a character cut between chunks is kept. */
export interface ChunkDecoder {
  write(bytes: Buffer): string;
  end(): string;
}

/**
 * A decoder for `encoding`. iconv-lite's Mac Roman gives byte 0xDB the
 * currency sign of Apple's table before 1998; every Mac since has written
 * the euro sign there, so Mac Roman text gets the euro.
 */
export function createChunkDecoder(encoding: string): ChunkDecoder {
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  const fix = encoding === MAC_ROMAN ? euroForCurrencySign : (text: string) => text;
  return {
    write: (bytes) => fix(decoder.write(bytes)),
    end: () => fix(decoder.end() ?? ""),
  };
}

/** Decodes a whole buffer, as `createChunkDecoder` would. */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  const decoder = createChunkDecoder(encoding);
  return decoder.write(Buffer.from(bytes)) + decoder.end();
}

function euroForCurrencySign(text: string): string {
  return text.replaceAll("\u00a4", "\u20ac");
}
