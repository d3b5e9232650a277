import { once } from "node:events";
import fs from "node:fs";
import { ATTRIBUTE_TITLES, type InventoryItem } from "./items.js";

/** The CSV header: the importer's own names for the four item columns, then the attributes. */
export const CSV_HEADER = ["Name", "Barcode", "Item Type", "Category", ...ATTRIBUTE_TITLES];

const ROWS_PER_WRITE = 1000;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes the items as a UTF-8 CSV file, as a spreadsheet saves one: CRLF
 * line ends, and quotes only around values that need them.
 */
export async function writeCsvFile(
  file: string,
  items: Iterable<InventoryItem>,
  onProgress: (rows: number) => void,
): Promise<{ rows: number; bytes: number }> {
  const out = fs.createWriteStream(file);
  let chunk = csvLine(CSV_HEADER);
  let rows = 0;
  for (const item of items) {
    chunk += csvLine([item.name, item.barcode, item.itemType, item.category, ...item.values]);
    rows++;
    if (rows % ROWS_PER_WRITE !== 0) continue;
    if (!out.write(chunk)) await once(out, "drain");
    chunk = "";
    onProgress(rows);
  }
  out.end(chunk);
  await once(out, "finish");
  return { rows, bytes: fs.statSync(file).size };
}

function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
