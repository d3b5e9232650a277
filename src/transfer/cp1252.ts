import iconv from "iconv-lite";

/**
 * Windows-1252 as the text was once mis-read: the five bytes cp1252 leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) pass through as the C1 control of
 * the same number, as browsers and many converters do. Built from iconv-lite
 * so that no table is typed by hand.
 */
const BYTE_OF_CHAR: ReadonlyMap<string, number> = buildByteMap();

function buildByteMap(): Map<string, number> {
  const map = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = iconv.decode(Buffer.from([byte]), "windows-1252");
    map.set(char === "\uFFFD" ? String.fromCharCode(byte) : char, byte);
  }
  return map;
}

/** The cp1252 bytes of `text`, or undefined when a character has none. */
export function encodeCp1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const byte = BYTE_OF_CHAR.get(char);
    if (byte === undefined) return undefined;
    bytes[length++] = byte;
  }
  return bytes.subarray(0, length);
}

/** The cp1252 byte of one character, or undefined when it has none. */
export function cp1252Byte(char: string): number | undefined {
  return BYTE_OF_CHAR.get(char);
}

/** Every character whose cp1252 byte lies in `from`..`to`, as a regex class body. */
export function cp1252CharClass(from: number, to: number): string {
  let body = "";
  for (const [char, byte] of BYTE_OF_CHAR) {
    if (byte >= from && byte <= to)
      body += `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }
  return body;
}
