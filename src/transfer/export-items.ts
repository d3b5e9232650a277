import type { Writable } from "node:stream";
import type { Item } from "../domain/item.js";
import { badRequest } from "../errors/codes.js";
import { itemJson } from "../json/item-json.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import { AttributeColumns, csvHeader, csvRows } from "./csv-export.js";
import { itemPages } from "./item-pages.js";
import { writeText } from "./write-text.js";

export type ExportFormat = "csv" | "json" | "ndjson";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "json", "ndjson"];

export interface ExportOptions {
  /** CSV only: start with a UTF-8 byte order mark, so Excel reads accents right. Default true. */
  csvBom?: boolean;
}

type PageSource = () => AsyncGenerator<Item[]>;

/**
 * Writes every item of the account to `out`, a page of 1000 at a time, so
 * memory stays flat; `out` is not ended. The items are read on one snapshot
 * of the store: writes made while the export runs are not in it. JSON (an
 * array) and NDJSON (one item a line) are in the API's item form and keep
 * everything. CSV has the columns `Name, Barcode, Item Type, Category`,
 * then one per attribute title, and imports back to the same items, with
 * two losses that CSV cannot avoid: an attribute with an empty value has an
 * empty cell, which import reads as no attribute, and columns are shared by
 * all items, so an item's attributes come back in column order rather than
 * in its own.
 *
 * @example
 * const out = fs.createWriteStream("items.csv");
 * const { items } = await exportItems(store, new ItemService(), accountId, "csv", out);
 * out.end();
 */
export async function exportItems(
  store: Store,
  itemService: ItemService,
  accountId: number,
  format: ExportFormat,
  out: Writable,
  options: ExportOptions = {},
): Promise<{ items: number }> {
  if (!EXPORT_FORMATS.includes(format)) throw badRequest(`export format "${format}" is not known`);
  // One snapshot for the whole export: the items are those of one moment, and CSV's two
  // passes agree on the titles, whatever is written meanwhile.
  return store.snapshot((tx) => {
    const pages: PageSource = () => itemPages(tx, itemService, accountId);
    if (format === "csv") return exportCsv(pages, out, options.csvBom ?? true);
    if (format === "ndjson") return exportNdjson(pages, out);
    return exportJsonArray(pages, out);
  });
}

async function exportCsv(
  pages: PageSource,
  out: Writable,
  bom: boolean,
): Promise<{ items: number }> {
  // CSV needs its header first: one pass gathers the titles, a second writes the rows.
  const columns = new AttributeColumns();
  for await (const page of pages()) {
    for (const item of page) for (const [title] of item.attributes) columns.add(title);
  }

  await writeText(out, csvHeader(columns, bom));
  let items = 0;
  for await (const page of pages()) {
    await writeText(out, csvRows(page, columns));
    items += page.length;
  }
  return { items };
}

async function exportNdjson(pages: PageSource, out: Writable): Promise<{ items: number }> {
  let items = 0;
  for await (const page of pages()) {
    await writeText(out, page.map((item) => `${itemJson(item)}\n`).join(""));
    items += page.length;
  }
  return { items };
}

async function exportJsonArray(pages: PageSource, out: Writable): Promise<{ items: number }> {
  let items = 0;
  await writeText(out, "[");
  for await (const page of pages()) {
    const texts = page.map((item, i) => `${items + i === 0 ? "\n" : ",\n"}${itemJson(item)}`);
    await writeText(out, texts.join(""));
    items += page.length;
  }
  await writeText(out, "\n]\n");
  return { items };
}
