/** The columns an import gives a meaning of their own; every other column is an attribute. */
export type ReservedColumn = "name" | "barcode" | "itemType" | "category";

export const RESERVED_COLUMNS: readonly ReservedColumn[] = [
  "name",
  "barcode",
  "itemType",
  "category",
];

/**
 * The headers that mean each reserved column. A header matches when it
 * equals one of these WHOLE, ignoring case and spaces (`asset tag`,
 * `AssetTag`); never a part of it, so `Model Number` is not `Model` and
 * `Full Name` is not `Name`. The README's table is made from this list.
 */
export const HEADER_SYNONYMS: Readonly<Record<ReservedColumn, readonly string[]>> = Object.freeze({
  name: Object.freeze(["Name", "Item Name", "Asset Name"]),
  barcode: Object.freeze(["Barcode", "Asset Tag", "Tag"]),
  itemType: Object.freeze(["Item Type", "Type", "Model", "Model Name", "Asset Type"]),
  category: Object.freeze(["Category"]),
});

/**
 * A header that starts with this (in any case) is always an attribute,
 * titled by the rest: export writes an attribute titled `Name` as
 * `attribute:Name`, so that it cannot be read back as the item's name.
 */
export const ATTRIBUTE_PREFIX = "attribute:";

/** The headers export writes for the reserved columns, in order. */
export const EXPORT_HEADERS: Readonly<Record<ReservedColumn, string>> = Object.freeze({
  name: "Name",
  barcode: "Barcode",
  itemType: "Item Type",
  category: "Category",
});

const RESERVED_BY_KEY: ReadonlyMap<string, ReservedColumn> = new Map(
  RESERVED_COLUMNS.flatMap((column) =>
    HEADER_SYNONYMS[column].map((header) => [headerKey(header), column] as const),
  ),
);

/** A header as it is compared: without spaces, in lower case. */
export function headerKey(header: string): string {
  return header.replace(/\s+/gu, "").toLowerCase();
}

/** The reserved column a header means, if any. */
export function reservedColumnOf(header: string): ReservedColumn | undefined {
  return RESERVED_BY_KEY.get(headerKey(header));
}

/** The title an `attribute:` header gives, or undefined for any other header. */
export function prefixedTitleOf(header: string): string | undefined {
  const trimmed = header.trim();
  if (trimmed.slice(0, ATTRIBUTE_PREFIX.length).toLowerCase() !== ATTRIBUTE_PREFIX) {
    return undefined;
  }
  return trimmed.slice(ATTRIBUTE_PREFIX.length).trim();
}

/** The header export writes for an attribute title, so that import reads it back as that title. */
export function headerForTitle(title: string): string {
  const needsPrefix = reservedColumnOf(title) !== undefined || prefixedTitleOf(title) !== undefined;
  return needsPrefix ? `${ATTRIBUTE_PREFIX}${title}` : title;
}
