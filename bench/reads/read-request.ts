/** A search as the signed API takes it; each scenario sets one filter at most. */
export interface SearchSpec {
  name?: string;
  attributeValue?: string;
  pair?: { title: string; value: string };
  itemType?: string;
  itemsWanted: number;
  offset?: number;
  afterId?: number;
}

/** One read, in a form both the HTTP client and the store's SQL can take. */
export type ReadRequest =
  | { kind: "id"; id: number }
  | { kind: "barcode"; barcode: string }
  | { kind: "search"; search: SearchSpec };

/**
 * The query string of a read, percent-encoded as `http_build_query` would
 * encode it, without `userName` and the signature.
 */
export function queryOf(request: ReadRequest): string {
  if (request.kind === "id") return `id=${request.id}`;
  if (request.kind === "barcode") return `barcode=${encode(request.barcode)}`;
  return searchQuery(request.search).join("&");
}

function searchQuery(search: SearchSpec): string[] {
  const parts = ["search=true"];
  if (search.name !== undefined) parts.push(`name=${encode(search.name)}`);
  if (search.attributeValue !== undefined) {
    parts.push(`attributeValues%5B%5D=${encode(search.attributeValue)}`);
  }
  if (search.pair !== undefined) {
    parts.push(`attributePairTitles%5B%5D=${encode(search.pair.title)}`);
    parts.push(`attributePairValues%5B%5D=${encode(search.pair.value)}`);
  }
  if (search.itemType !== undefined) parts.push(`itemType=${encode(search.itemType)}`);
  if (search.offset !== undefined) parts.push(`offset=${search.offset}`);
  if (search.afterId !== undefined) parts.push(`afterId=${search.afterId}`);
  parts.push(`itemsWanted=${search.itemsWanted}`);
  return parts;
}

/** Form encoding: `*` is kept, as PHP keeps it; a space is `%20`. */
function encode(value: string): string {
  return encodeURIComponent(value);
}
