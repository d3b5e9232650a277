import { FlextoryClientError } from "./errors.js";
import { editParameters, newItemParameters, searchParameters } from "./item-parameters.js";
import { buildQuery, encode, type QueryParameters } from "./query.js";
import { type Endpoint, sendSigned } from "./transport.js";
import type {
  Answer,
  CatalogEntry,
  ChangeResult,
  Item,
  ItemEdit,
  NewItem,
  SearchFilters,
  SearchOptions,
  SearchPage,
} from "./types.js";

/**
 * The API's two paths: the 2012 one, which answers 200 even for errors, and
 * the short alias. Written here, not imported from the server's routes, so
 * that the client loads nothing of the server.
 */
export const API_PATHS = {
  original: "/inventory/inventory/dataHandlers/api.php",
  alias: "/api.php",
} as const;

/** The most items one page may hold, as the contract fixes it. */
export const MAX_ITEMS_WANTED = 1000;

/** How to reach a Flextory server, and as whom. */
export interface FlextoryClientOptions {
  /** The server's base URL, such as `http://127.0.0.1:8080`. */
  url: string;
  userName: string;
  /** The user's private key; it signs every request and is never sent. */
  privateKey: string;
  /** `alias` (default) answers errors with their HTTP status; `original` with 200. */
  path?: "original" | "alias";
  /** The fetch to send with; the global one by default. */
  fetch?: typeof fetch;
}

/**
 * A client of Flextory's signed API. Every request is signed with the user's
 * private key; an error answer is thrown as a `FlextoryApiError`, and a
 * server out of reach as a `FlextoryClientError`.
 *
 * @example
 * const client = new FlextoryClient({ url, userName: "api", privateKey });
 * for await (const item of client.searchAll({ itemType: "Desktop" })) console.log(item.name);
 */
export class FlextoryClient {
  readonly userName: string;
  readonly #endpoint: Endpoint;

  constructor(options: FlextoryClientOptions) {
    this.userName = options.userName;
    this.#endpoint = {
      url: endpointUrl(options.url, options.path ?? "alias"),
      privateKey: options.privateKey,
      fetch: options.fetch ?? globalThis.fetch,
    };
    if (options.userName === "") throw new FlextoryClientError("the user name is empty");
    if (options.privateKey === "") throw new FlextoryClientError("the private key is empty");
  }

  /** The item with this id; `not_found` if the account has none. */
  async get(id: number): Promise<Item> {
    return onlyItem(await this.call([["id", id]]));
  }

  /** The item with this exact barcode; `not_found` if there is none. */
  async byBarcode(barcode: string): Promise<Item> {
    return onlyItem(await this.call([["barcode", barcode]]));
  }

  /** One page of the items matching every filter, ascending by id. */
  async search(options: SearchOptions = {}): Promise<SearchPage> {
    const answer = await this.call(searchParameters(options));
    return {
      items: answer.items ?? [],
      total: answer.total ?? 0,
      offset: answer.offset ?? 0,
      itemsWanted: answer.itemsWanted ?? 0,
      warnings: answer.warnings,
    };
  }

  /**
   * Every item matching the filters, fetched a page at a time after the
   * last id seen, so each page costs the same however deep it is.
   */
  async *searchAll(filters: SearchFilters = {}, pageSize = MAX_ITEMS_WANTED): AsyncGenerator<Item> {
    checkPageSize(pageSize);
    let afterId = 0;
    // Ends at a short page; each round moves afterId forward, or fails.
    for (;;) {
      const { items } = await this.search({ ...filters, afterId, itemsWanted: pageSize });
      yield* items;
      const last = items.at(-1);
      if (last === undefined || items.length < pageSize) return;
      if (last.id <= afterId) throw new FlextoryClientError("the server's pages did not advance");
      afterId = last.id;
    }
  }

  /** Makes an item. Unknown type or category names are made, and say so in `warnings`. */
  async create(item: NewItem): Promise<ChangeResult> {
    const answer = await this.call(newItemParameters(item));
    return { item: onlyItem(answer), warnings: answer.warnings };
  }

  /** Changes only what `edit` gives; null clears a barcode, type or category. */
  async edit(id: number, edit: ItemEdit): Promise<ChangeResult> {
    const answer = await this.call(editParameters(id, edit));
    return { item: onlyItem(answer), warnings: answer.warnings };
  }

  /** Removes the item, its attributes and its links. */
  async delete(id: number): Promise<{ deleted: number; warnings: string[] }> {
    const answer = await this.call([["deleteItem", id]]);
    return { deleted: answer.deleted ?? id, warnings: answer.warnings };
  }

  /** The account's item types. */
  async itemTypes(): Promise<CatalogEntry[]> {
    return (await this.call([["itemTypes", "true"]])).itemTypes ?? [];
  }

  /** The account's categories. */
  async categories(): Promise<CatalogEntry[]> {
    return (await this.call([["categories", "true"]])).categories ?? [];
  }

  /** Sends parameters in the order given, after `userName`. */
  async call(parameters: QueryParameters): Promise<Answer> {
    return this.callRaw(buildQuery([["userName", this.userName], ...parameters]));
  }

  /**
   * Signs and sends a query exactly as given, which must hold `userName`
   * itself; `publicKey` is appended last.
   */
  async callRaw(query: string): Promise<Answer> {
    return sendSigned(this.#endpoint, query);
  }

  /** `userName=<name>` as this client sends it, to begin a raw query with. */
  userNameParameter(): string {
    return `userName=${encode(this.userName)}`;
  }
}

function endpointUrl(base: string, path: "original" | "alias"): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch (error) {
    throw new FlextoryClientError(`"${base}" is not a URL`, { cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FlextoryClientError(`"${base}" is not an http or https URL`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new FlextoryClientError(`"${base}" must not have a query or a fragment`);
  }
  return `${url.href.replace(/\/+$/, "")}${API_PATHS[path]}`;
}

function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_ITEMS_WANTED) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_ITEMS_WANTED}`);
  }
}

function onlyItem(answer: Answer): Item {
  const item = answer.items?.[0];
  if (item === undefined) throw new FlextoryClientError("the server's answer holds no item");
  return item;
}
