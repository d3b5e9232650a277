import {
  ATTRIBUTE_PREFIX,
  HEADER_SYNONYMS,
  RESERVED_COLUMNS,
  type ReservedColumn,
} from "./header-map.js";

const MEANINGS: Readonly<Record<ReservedColumn, string>> = {
  name: "the item's name",
  barcode: "the item's barcode; a row with a known barcode updates that item",
  itemType: "the item type, by name; a new name makes the type",
  category: "the category, by name; a new name makes the category",
};

/**
 * The header mapping as a Markdown table, for the README: made from
 * `HEADER_SYNONYMS`, so that the documentation cannot drift from the code.
 */
export function headerMappingMarkdown(): string {
  const rows = RESERVED_COLUMNS.map((column) => {
    const headers = HEADER_SYNONYMS[column].map((header) => `\`${header}\``).join(", ");
    return `| ${headers} | ${MEANINGS[column]} |`;
  });
  return [
    "| headers | meaning |",
    "| --- | --- |",
    ...rows,
    `| \`${ATTRIBUTE_PREFIX}X\` | always the attribute titled \`X\`, even a header listed above |`,
  ].join("\n");
}
