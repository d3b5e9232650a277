const keepingBom = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const droppingBom = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of `bytes` if they are valid UTF-8, else undefined: for input
 * that may or may not be UTF-8, where "not" is an answer, not a fault.
 * A leading byte-order mark is kept as text unless `dropBom` says otherwise.
 */
export function decodeUtf8Strictly(bytes: Uint8Array, dropBom = false): string | undefined {
  try {
    return (dropBom ? droppingBom : keepingBom).decode(bytes);
  } catch (error) {
    // A fatal TextDecoder throws TypeError on invalid UTF-8, and nothing else.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}
