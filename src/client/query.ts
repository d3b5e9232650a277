/** One parameter's value: lists are sent in PHP's spelling, `name[]=a&name[]=b`. */
export type ParameterValue = string | number | boolean | ReadonlyArray<string | number>;

/** Parameters in the order they are to be sent; the signature covers that order. */
export type QueryParameters = ReadonlyArray<readonly [name: string, value: ParameterValue]>;

/**
 * Form-encodes parameters into a query string. Values are percent-encoded as
 * UTF-8 with `%20` for a space; `*` is left as it is, since patterns read
 * better that way and the server decodes both spellings alike.
 */
export function buildQuery(parameters: QueryParameters): string {
  const pieces: string[] = [];
  for (const [name, value] of parameters) {
    if (typeof value === "object") {
      for (const entry of value) pieces.push(`${encode(name)}[]=${encode(String(entry))}`);
    } else {
      pieces.push(`${encode(name)}=${encode(String(value))}`);
    }
  }
  return pieces.join("&");
}

/**
 * `encodeURIComponent` leaves `'` as it is, but a URL parser escapes it in
 * the query of an http URL, which would change the bytes after signing.
 */
export function encode(text: string): string {
  return encodeURIComponent(text).replace(/'/g, "%27");
}
