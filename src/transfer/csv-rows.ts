import type { ValueCleaner } from "./clean-value.js";
import type { ColumnPlan, ColumnUse, PlannedColumn } from "./column-plan.js";
import type { CsvRecord } from "./csv-records.js";
import type { ImportEntry, SourceRow } from "./import-entry.js";
import type { DuplicateHeader, ImportReport } from "./import-report.js";

/**
 * Turns the records of one CSV file into entries, by its column plan. An
 * empty cell gives nothing, so that an update keeps the item's own value.
 */
export class CsvRows {
  private readonly duplicates = new Map<number, DuplicateHeader>();

  constructor(
    private readonly plan: ColumnPlan,
    private readonly cleaner: ValueCleaner,
    private readonly report: ImportReport,
  ) {
    for (const column of plan.columns) this.noteColumn(column);
  }

  /** The entry of a record, or why it is refused. */
  rowOf(record: CsvRecord): SourceRow {
    if (record.problem !== undefined) return { line: record.line, refused: record.problem };
    const expected = this.plan.columns.length;
    if (record.fields.length !== expected) {
      const refused = `the row has ${record.fields.length} fields, the header ${expected}`;
      return { line: record.line, refused };
    }

    const values = record.fields.map((raw, index) => this.clean(raw, index, record.line));
    const entry: ImportEntry = { line: record.line, attributes: [] };
    for (const column of this.plan.columns) this.place(entry, column, values);
    return entry;
  }

  private place(entry: ImportEntry, column: PlannedColumn, values: readonly string[]): void {
    const value = values[column.index] ?? "";
    const use = column.use;
    if (value === "") return;
    if (use.kind === "reserved") entry[use.column] = value;
    else if (use.kind === "attribute") entry.attributes.push([use.title, value]);
    else this.placeCopy(entry, column.index, use, value, values[use.of] ?? "");
  }

  private placeCopy(
    entry: ImportEntry,
    index: number,
    use: Extract<ColumnUse, { kind: "copy" }>,
    value: string,
    first: string,
  ): void {
    const duplicate = this.duplicates.get(index);
    if (duplicate === undefined) return;
    if (value.trim() === first.trim()) {
      duplicate.merged++;
      return;
    }
    duplicate.kept++;
    entry.attributes.push([use.title, value]);
  }

  private clean(raw: string, index: number, line: number): string {
    if (raw.trim() === "") return "";
    return this.cleaner.clean(raw, line, columnLabel(this.plan.columns[index]));
  }

  private noteColumn(column: PlannedColumn): void {
    const use = column.use;
    if (use.kind === "reserved") {
      this.report.columns = { ...this.report.columns, [use.column]: column.header.trim() };
    }
    if (use.kind !== "copy") return;
    const duplicate: DuplicateHeader = {
      header: column.header.trim(),
      column: column.index + 1,
      firstColumn: use.of + 1,
      merged: 0,
      kept: 0,
      keptAs: use.title,
    };
    this.duplicates.set(column.index, duplicate);
    this.report.duplicateHeaders.push(duplicate);
  }
}

function columnLabel(column: PlannedColumn | undefined): string {
  if (column === undefined) return "";
  return column.header.trim() || `Column ${column.index + 1}`;
}
