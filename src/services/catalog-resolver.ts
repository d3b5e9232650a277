import type { CatalogRef } from "../domain/item.js";
import { checkCatalogName } from "../domain/item-rules.js";
import { badRequest } from "../errors/codes.js";
import type { CatalogStore } from "../store/catalog-store.js";

export type CatalogField = "itemType" | "category";

const LABELS: Record<CatalogField, string> = { itemType: "item type", category: "category" };

/**
 * The id a change names, making the type or category when a name is new.
 * An unknown id is refused; a new name is made and said in `warnings`.
 */
export async function resolveForChange(
  catalog: CatalogStore,
  accountId: number,
  field: CatalogField,
  ref: CatalogRef | null,
  warnings: string[],
): Promise<number | null> {
  if (ref === null) return null;
  if ("id" in ref) {
    const entry = await catalog.byId(accountId, ref.id);
    if (entry === undefined) throw badRequest(`${field}: there is no ${LABELS[field]} ${ref.id}`);
    return entry.id;
  }

  const name = checkCatalogName(field, ref.name);
  if (name === "") return null;
  const existing = await catalog.byName(accountId, name);
  if (existing !== undefined) return existing.id;

  const made = await catalog.create(accountId, name);
  warnings.push(`${LABELS[field]} "${name}" was created`);
  return made.id;
}

/**
 * The id a search names: `undefined` when the name is unknown, so that the
 * search matches nothing; null for items without one.
 */
export async function resolveForSearch(
  catalog: CatalogStore,
  accountId: number,
  ref: CatalogRef | null,
): Promise<number | null | undefined> {
  if (ref === null) return null;
  if ("id" in ref) return ref.id;
  const entry = await catalog.byName(accountId, ref.name);
  return entry?.id;
}
