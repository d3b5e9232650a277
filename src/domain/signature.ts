import { createHmac, timingSafeEqual } from "node:crypto";

const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;

/** The hex HMAC-SHA512 of `message` keyed with the key's UTF-8 text. */
export function sign(message: string | Buffer, privateKey: string): string {
  const bytes = typeof message === "string" ? Buffer.from(message, "latin1") : message;
  return createHmac("sha512", Buffer.from(privateKey, "utf8")).update(bytes).digest("hex");
}

/**
 * Whether `signature` (hex, either case) is the HMAC of the raw `message`
 * bytes. Compared in constant time; a signature of the wrong length is wrong.
 */
export function verify(message: Buffer, signature: string, privateKey: string): boolean {
  if (!SIGNATURE_HEX.test(signature)) return false;
  const expected = createHmac("sha512", Buffer.from(privateKey, "utf8")).update(message).digest();
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}
