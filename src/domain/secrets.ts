import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { badRequest } from "../errors/codes.js";

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt cost: 2^15 rounds, about 32 MiB and 50 ms a hash on a small server. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const HASH_BYTES = 32;

/** The shortest private key an administrator may set by hand. */
export const MIN_KEY_LENGTH = 16;

/** The shortest password a person may choose; generated ones are longer. */
export const MIN_PASSWORD_LENGTH = 12;

/** Checks a password a person chooses. */
export function checkPassword(password: string): string {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw badRequest(`a password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return password;
}

/** A private key: 64 hex characters from a cryptographic random source. */
export function generateKey(): string {
  return randomBytes(32).toString("hex");
}

/** A password to hand out once: 20 characters, about 120 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

/** Checks a key an administrator gives, as kept from the original service. */
export function checkKey(key: string): string {
  if (key.length < MIN_KEY_LENGTH) {
    throw badRequest(`a private key must be at least ${MIN_KEY_LENGTH} characters`);
  }
  if (/\p{Cc}/u.test(key)) {
    throw badRequest("a private key must not contain control characters");
  }
  return key;
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, HASH_BYTES, SCRYPT);
  return [
    "scrypt",
    SCRYPT.N,
    SCRYPT.r,
    SCRYPT.p,
    salt.toString("base64"),
    hash.toString("base64"),
  ].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, "base64");
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem };
  const actual = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length, options);
  return timingSafeEqual(actual, expected);
}
