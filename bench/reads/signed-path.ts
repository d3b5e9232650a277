import { sign } from "../../dist/domain/signature.js";
import { API_PATH } from "./api-path.js";
import { queryOf, type ReadRequest } from "./read-request.js";

/** Who the benchmark signs as: an administrator made with a key of its own. */
export interface Signer {
  userName: string;
  privateKey: string;
}

/**
 * The path and signed query of a read, as a 2012 script sends it. The alias
 * path answers errors with their own status, so that a failure is counted.
 */
export function signedPath(request: ReadRequest, signer: Signer): string {
  const query = `userName=${encodeURIComponent(signer.userName)}&${queryOf(request)}`;
  return `${API_PATH}?${query}&publicKey=${sign(query, signer.privateKey)}`;
}
