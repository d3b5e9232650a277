import { stringify } from "csv-stringify/sync";
import { fold } from "../domain/fold.js";
import type { Item } from "../domain/item.js";
import { guardCell } from "./formula-guard.js";
import { EXPORT_HEADERS, headerForTitle, RESERVED_COLUMNS } from "./header-map.js";

/** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF";

/**
 * The attribute columns of a CSV export: one per title, in order of first
 * appearance; titles equal ignoring case and accents share a column.
 */
export class AttributeColumns {
  private readonly indexByTitle = new Map<string, number>();
  readonly titles: string[] = [];

  add(title: string): void {
    const key = fold(title);
    if (this.indexByTitle.has(key)) return;
    this.indexByTitle.set(key, this.titles.length);
    this.titles.push(title);
  }

  /** Where `title` goes. The export reads one snapshot, so every title it meets has a column. */
  indexOf(title: string): number {
    const index = this.indexByTitle.get(fold(title));
    if (index === undefined) throw new Error(`attribute "${title}" has no column in the header`);
    return index;
  }
}

/** The header row's text, with a BOM when asked; titles are guarded as cells are. */
export function csvHeader(columns: AttributeColumns, bom: boolean): string {
  const reserved = RESERVED_COLUMNS.map((column) => EXPORT_HEADERS[column]);
  const headers = [...reserved, ...columns.titles.map(headerForTitle)];
  const text = stringify([headers.map(guardCell)], CSV_OPTIONS);
  return bom ? BOM + text : text;
}

/** The rows of a page of items; a cell a spreadsheet would run as a formula is guarded. */
export function csvRows(items: readonly Item[], columns: AttributeColumns): string {
  return stringify(
    items.map((item) => rowOf(item, columns)),
    CSV_OPTIONS,
  );
}

/**
 * csv-stringify quotes a cell with CRLF but not one with a lone CR or LF,
 * which import (as spreadsheets do) reads as the end of the row.
 */
const CSV_OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

function rowOf(item: Item, columns: AttributeColumns): string[] {
  const values = new Array<string>(columns.titles.length).fill("");
  for (const [title, value] of item.attributes) values[columns.indexOf(title)] = value;
  const reserved = [item.name, item.barcode ?? "", item.assetType ?? "", item.categoryName ?? ""];
  return [...reserved, ...values].map(guardCell);
}
