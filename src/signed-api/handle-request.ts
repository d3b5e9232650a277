import { timestampNow } from "../domain/item.js";
import { normalizeBarcode } from "../domain/item-rules.js";
import { forbidden, notFound } from "../errors/codes.js";
import { itemJson } from "../json/item-json.js";
import { authenticate, type Principal } from "../services/auth-service.js";
import { searchItems } from "../services/item-search.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { successJson } from "./answer.js";
import { pageJson } from "./item-page.js";
import { type CatalogLists, type Operation, readOperation } from "./operation.js";
import { decodeParameters } from "./parameters.js";
import type { RateLimiter } from "./rate-limiter.js";
import { decodeFormComponent, signedMessage, splitQuery } from "./raw-query.js";

export interface SignedApiContext {
  store: Store;
  items: ItemService;
  limiter: RateLimiter;
}

/** The outcome of a signed request: the JSON text, and who made it for the log. */
export interface SignedAnswer {
  body: string;
  principal: Principal;
}

/**
 * Answers one signed request, given its raw query (or form body) as latin1
 * text. Throws a FlextoryError for anything the client got wrong.
 */
export async function handleSignedRequest(
  context: SignedApiContext,
  raw: string,
  onAuthenticated: (principal: Principal) => void,
): Promise<SignedAnswer> {
  const segments = splitQuery(raw);
  const { message, signatures } = signedMessage(raw);
  const principal = await authenticate(
    context.store,
    findUserName(segments),
    message,
    signatures.length === 1 ? signatures[0] : undefined,
  );
  onAuthenticated(principal);
  context.limiter.check(principal.userId);

  const params = decodeParameters(segments);
  const warnings = [...params.warnings];
  const operation = readOperation(params, warnings);
  if (isChange(operation) && principal.role === "read-only") {
    throw forbidden(`user ${principal.userName} is read-only and cannot change items`);
  }
  const body = isChange(operation)
    ? await performChange(context, principal.accountId, operation, warnings)
    : await performOnSnapshot(context, principal.accountId, operation, warnings);
  return { body, principal };
}

/**
 * The one `userName`, decoded strictly; anything else is an unknown user,
 * a name with a NUL too: no user has one, and PostgreSQL cannot look it up.
 */
function findUserName(segments: ReturnType<typeof splitQuery>): string | undefined {
  const named = segments.filter((segment) => decodeFormComponent(segment.name) === "userName");
  if (named.length !== 1) return undefined;
  const name = decodeFormComponent(named[0]?.value ?? "");
  return name?.includes("\0") ? undefined : name;
}

function isChange(operation: Operation): operation is ChangeOperation {
  return operation.kind === "create" || operation.kind === "edit" || operation.kind === "delete";
}

async function perform(
  { store, items }: Pick<SignedApiContext, "store" | "items">,
  accountId: number,
  operation: Operation,
  warnings: string[],
): Promise<string> {
  switch (operation.kind) {
    case "byId": {
      const found = await items.load(store, accountId, [operation.id]);
      if (found.length === 0) throw notFound(`there is no item ${operation.id}`);
      const fields = await catalogFields(store, accountId, operation.lists);
      return successJson(fields, found.map(itemJson), warnings);
    }
    case "byBarcode": {
      const barcode = normalizeBarcode(operation.barcode);
      const id = barcode === null ? undefined : await store.items.idByBarcode(accountId, barcode);
      if (id === undefined) throw notFound(`there is no item with barcode "${operation.barcode}"`);
      const found = await items.load(store, accountId, [id]);
      const fields = await catalogFields(store, accountId, operation.lists);
      return successJson(fields, found.map(itemJson), warnings);
    }
    case "search": {
      const { total, ids } = await searchItems(store, accountId, operation.query, operation.page);
      const page = await pageJson(store, items, accountId, ids, warnings);
      const paging = {
        total,
        offset: operation.page.afterId === undefined ? operation.page.offset : 0,
        itemsWanted: operation.page.limit,
        ...(await catalogFields(store, accountId, operation.lists)),
      };
      return successJson(paging, page, warnings);
    }
    case "lists":
      return successJson(
        await catalogFields(store, accountId, operation.lists),
        undefined,
        warnings,
      );
    default:
      return performChange({ store, items }, accountId, operation, warnings);
  }
}

/**
 * Runs a read on one snapshot: an item's fields, attributes and links come
 * from separate statements, and without it PostgreSQL could answer with an
 * item half before and half after a change made meanwhile.
 */
function performOnSnapshot(
  context: Pick<SignedApiContext, "store" | "items">,
  accountId: number,
  operation: Operation,
  warnings: string[],
): Promise<string> {
  return context.store.snapshot((tx) =>
    perform({ ...context, store: tx }, accountId, operation, warnings),
  );
}

type ChangeOperation = Extract<Operation, { kind: "create" | "edit" | "delete" }>;

/** Runs a change in one transaction, and answers with the item as it now is. */
async function performChange(
  { store, items }: Pick<SignedApiContext, "store" | "items">,
  accountId: number,
  operation: ChangeOperation,
  warnings: string[],
): Promise<string> {
  return store.transaction(async (tx) => {
    // Taken once the write lock is held, so that dates follow the order of commits
    // and a client syncing by modifiedSince misses no change.
    const now = timestampNow();
    if (operation.kind === "delete") {
      const removed = await items.remove(tx, accountId, operation.id, now);
      return successJson({ deleted: removed.id }, undefined, warnings);
    }
    const result =
      operation.kind === "create"
        ? await items.create(tx, accountId, operation.change, now)
        : await items.edit(tx, accountId, operation.id, operation.change, now);
    const item = await items.load(tx, accountId, [result.id]);
    return successJson({}, item.map(itemJson), [...warnings, ...result.warnings]);
  });
}

async function catalogFields(
  store: Store,
  accountId: number,
  lists: CatalogLists,
): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = {};
  if (lists.itemTypes) fields.itemTypes = await store.itemTypes.list(accountId);
  if (lists.categories) fields.categories = await store.categories.list(accountId);
  return fields;
}
