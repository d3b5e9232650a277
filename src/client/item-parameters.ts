import { timestampNow } from "../domain/item.js";
import type { ParameterValue } from "./query.js";
import type { AttributeInput, CatalogRef, ItemEdit, NewItem, SearchOptions } from "./types.js";

type Parameter = [name: string, value: ParameterValue];

/** A search's parameters; `search=true` comes first, so that no filter lists every item. */
export function searchParameters(options: SearchOptions): Parameter[] {
  const parameters: Parameter[] = [["search", "true"]];
  add(parameters, "itemType", options.itemType);
  add(parameters, "category", options.category);
  add(parameters, "name", options.name);
  if (options.attributeValues?.length) {
    parameters.push(["attributeValues", options.attributeValues]);
  }
  if (options.attributePairs?.length) {
    parameters.push(["attributePairTitles", options.attributePairs.map(([title]) => title)]);
    parameters.push(["attributePairValues", options.attributePairs.map(([, value]) => value)]);
  }
  if (options.modifiedSince !== undefined) {
    parameters.push([
      "modifiedSince",
      typeof options.modifiedSince === "string"
        ? options.modifiedSince
        : timestampNow(options.modifiedSince),
    ]);
  }
  add(parameters, "offset", options.offset);
  add(parameters, "itemsWanted", options.itemsWanted);
  add(parameters, "afterId", options.afterId);
  return parameters;
}

export function newItemParameters(item: NewItem): Parameter[] {
  const parameters: Parameter[] = [
    ["newItem", "true"],
    ["name", item.name],
  ];
  add(parameters, "barcode", item.barcode);
  add(parameters, "itemType", item.itemType);
  add(parameters, "category", item.category);
  addAttributes(parameters, item.attributes);
  if (item.links?.length) parameters.push(["links", item.links]);
  return parameters;
}

/** An edit's parameters; null is sent as an empty value, which clears the field. */
export function editParameters(id: number, edit: ItemEdit): Parameter[] {
  const parameters: Parameter[] = [["editItem", id]];
  add(parameters, "name", edit.name);
  add(parameters, "barcode", edit.barcode);
  add(parameters, "itemType", edit.itemType);
  add(parameters, "category", edit.category);
  addAttributes(parameters, edit.attributes);
  if (edit.deleteAttributes?.length) parameters.push(["deleteAttributes", edit.deleteAttributes]);
  if (edit.links?.length) parameters.push(["links", edit.links]);
  if (edit.deleteLinks?.length) parameters.push(["deleteLinks", edit.deleteLinks]);
  return parameters;
}

function add(
  parameters: Parameter[],
  name: string,
  value: string | number | CatalogRef | null | undefined,
): void {
  if (value !== undefined) parameters.push([name, value ?? ""]);
}

function addAttributes(parameters: Parameter[], attributes: AttributeInput | undefined): void {
  if (attributes === undefined) return;
  const pairs = isPairList(attributes) ? attributes : Object.entries(attributes);
  if (pairs.length === 0) return;
  parameters.push(["attributeTitles", pairs.map(([title]) => title)]);
  parameters.push(["attributeValues", pairs.map(([, value]) => value)]);
}

function isPairList(
  attributes: AttributeInput,
): attributes is ReadonlyArray<readonly [string, string]> {
  return Array.isArray(attributes);
}
