import type { Item } from "../domain/item.js";

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
