import type { Item } from "../domain/item.js";
import { ERROR_CODES, type ErrorCode } from "../errors/codes.js";

/**
 * One item as JSON. Attributes are written from their ordered list, so that
 * number-like titles and `__proto__` keep their place, which a plain
 * object would not.
 */
export function itemJson(item: Item): string {
  const attributes = item.attributes
    .map(([title, value]) => `${JSON.stringify(title)}:${JSON.stringify(value)}`)
    .join(",");
  return (
    `{"id":${item.id},"name":${JSON.stringify(item.name)},` +
    `"barcode":${JSON.stringify(item.barcode)},"assetType":${JSON.stringify(item.assetType)},` +
    `"itemType":${item.itemType},"category":${item.category},` +
    `"categoryName":${JSON.stringify(item.categoryName)},"attributes":{${attributes}},` +
    `"links":${JSON.stringify(item.links)},"dateAdded":"${item.dateAdded}",` +
    `"dateModified":"${item.dateModified}"}`
  );
}

/**
 * A successful answer: `success` as the string "true", items if given, then
 * the other fields in order, then warnings when there are any.
 */
export function successJson(
  fields: Record<string, unknown>,
  items: readonly Item[] | undefined,
  warnings: readonly string[],
): string {
  const parts = ['"success":"true"'];
  if (items !== undefined) parts.push(`"items":[${items.map(itemJson).join(",")}]`);
  for (const [name, value] of Object.entries(fields)) {
    parts.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
  }
  if (warnings.length > 0) parts.push(`"warnings":${JSON.stringify(warnings)}`);
  return `{${parts.join(",")}}`;
}

export function errorJson(code: ErrorCode, message: string): string {
  return JSON.stringify({ success: "false", error: { code, message } });
}

/** The original path answers 200 whatever happened, as 2012 clients expect. */
export function statusFor(code: ErrorCode, originalPath: boolean): number {
  return originalPath ? 200 : ERROR_CODES[code].status;
}
