import fs from "node:fs";

/** One signed query of the contract's vectors. */
export interface SigningVector {
  why: string;
  message: string;
  publicKey: string;
  signedQuery: string;
}

interface VectorFile {
  privateKey: string;
  vectors: SigningVector[];
}

/** The contract's HMAC-SHA512 test vectors, kept beside the tests. */
export const SIGNING: VectorFile = JSON.parse(
  fs.readFileSync(new URL("../../fixtures/signing-vectors.json", import.meta.url), "utf8"),
) as VectorFile;
