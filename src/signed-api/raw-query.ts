import { decodeUtf8Strictly } from "../domain/utf8.js";

/** One `name=value` piece of a query, exactly as it came, bytes as latin1 text. */
export interface RawSegment {
  name: string;
  value: string;
}

/** The parameter whose value is the signature. */
export const SIGNATURE_PARAMETER = "publicKey";

/** Splits a raw query on `&`; empty pieces are kept out. */
export function splitQuery(raw: string): RawSegment[] {
  const segments: RawSegment[] = [];
  for (const piece of raw.split("&")) {
    if (piece === "") continue;
    const equals = piece.indexOf("=");
    segments.push(
      equals < 0
        ? { name: piece, value: "" }
        : { name: piece.slice(0, equals), value: piece.slice(equals + 1) },
    );
  }
  return segments;
}

/**
 * What was signed: the raw query without its `publicKey` segments, the
 * others joined by `&` in their order, never re-encoded.
 */
export function signedMessage(raw: string): { message: Buffer; signatures: string[] } {
  const kept: string[] = [];
  const signatures: string[] = [];
  for (const piece of raw.split("&")) {
    const equals = piece.indexOf("=");
    const name = equals < 0 ? piece : piece.slice(0, equals);
    if (name === SIGNATURE_PARAMETER) signatures.push(equals < 0 ? "" : piece.slice(equals + 1));
    else kept.push(piece);
  }
  return { message: Buffer.from(kept.join("&"), "latin1"), signatures };
}

/**
 * Form decoding: `+` is a space and `%XX` escapes are UTF-8 bytes.
 * Returns undefined for a malformed escape or bytes that are not UTF-8.
 */
export function decodeFormComponent(raw: string): string | undefined {
  const bytes = Buffer.from(raw.replace(/\+/g, " "), "latin1");
  if (!bytes.includes(0x25)) return decodeUtf8Strictly(bytes);

  const out = Buffer.alloc(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte !== 0x25) {
      out[length++] = byte;
      continue;
    }
    const hex = bytes.subarray(i + 1, i + 3).toString("latin1");
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
    out[length++] = Number.parseInt(hex, 16);
    i += 2;
  }
  return decodeUtf8Strictly(out.subarray(0, length));
}
