import { fold } from "../domain/fold.js";
import { badRequest } from "../errors/codes.js";
import {
  headerKey,
  prefixedTitleOf,
  RESERVED_COLUMNS,
  type ReservedColumn,
  reservedColumnOf,
} from "./header-map.js";

/** Headers that name the reserved columns, when the file's own headers say otherwise. */
export type ColumnOverrides = Partial<Record<ReservedColumn, string>>;

/**
 * What a column is for. A `copy` repeats an earlier column (the same header
 * twice, or a second header for the same reserved column): where its value
 * equals the earlier one it is merged, else it is kept as attribute `title`.
 */
export type ColumnUse =
  | { kind: "reserved"; column: ReservedColumn }
  | { kind: "attribute"; title: string }
  | { kind: "copy"; of: number; title: string };

export interface PlannedColumn {
  index: number;
  header: string;
  use: ColumnUse;
}

export interface ColumnPlan {
  columns: PlannedColumn[];
  /** Where each reserved column is, when the file has it. */
  reserved: Partial<Record<ReservedColumn, number>>;
}

type Primary = { use: ColumnUse; key: string; title: string };

/** Decides what each column of a header row is for. */
export function planColumns(headers: readonly string[], overrides: ColumnOverrides): ColumnPlan {
  const forced = resolveOverrides(headers, overrides);
  const taken = new Set<string>();
  const firstByKey = new Map<string, number>();
  const uses: Array<ColumnUse | { kind: "pending"; of: number; base: string }> = [];

  headers.forEach((header, index) => {
    const primary = classify(header, index, forced.get(index), overrides);
    const first = firstByKey.get(primary.key);
    if (first === undefined) {
      firstByKey.set(primary.key, index);
      taken.add(fold(primary.title));
      uses.push(primary.use);
    } else uses.push({ kind: "pending", of: first, base: primary.title });
  });

  const columns = uses.map((use, index): PlannedColumn => {
    const header = headers[index] ?? "";
    if (use.kind !== "pending") return { index, header, use };
    return { index, header, use: { kind: "copy", of: use.of, title: freeTitle(use.base, taken) } };
  });
  return { columns, reserved: reservedIndexes(columns) };
}

function classify(
  header: string,
  index: number,
  forced: ReservedColumn | undefined,
  overrides: ColumnOverrides,
): Primary {
  const text = header.trim();
  if (forced !== undefined) return reserved(forced, text);

  const prefixed = prefixedTitleOf(text);
  if (prefixed !== undefined && prefixed !== "") return attribute(prefixed);

  const meaning = reservedColumnOf(text);
  if (meaning !== undefined && overrides[meaning] === undefined) return reserved(meaning, text);
  // A column without a header still holds data: it gets a title rather than being dropped.
  return attribute(text === "" || prefixed === "" ? `Column ${index + 1}` : text);
}

function reserved(column: ReservedColumn, header: string): Primary {
  return { use: { kind: "reserved", column }, key: `reserved:${column}`, title: header };
}

function attribute(title: string): Primary {
  return { use: { kind: "attribute", title }, key: `title:${fold(title)}`, title };
}

/** `base`, or `base (2)`, `base (3)`… whichever no other column has taken. */
function freeTitle(base: string, taken: Set<string>): string {
  let title = base;
  for (let copy = 2; taken.has(fold(title)); copy++) title = `${base} (${copy})`;
  taken.add(fold(title));
  return title;
}

function resolveOverrides(
  headers: readonly string[],
  overrides: ColumnOverrides,
): Map<number, ReservedColumn> {
  const forced = new Map<number, ReservedColumn>();
  for (const column of RESERVED_COLUMNS) {
    const wanted = overrides[column];
    if (wanted === undefined) continue;
    const index = headers.findIndex((header) => headerKey(header) === headerKey(wanted));
    if (index < 0) throw badRequest(`column "${wanted}" (for ${column}) is not in the header`);
    const other = forced.get(index);
    if (other !== undefined) {
      throw badRequest(`column "${wanted}" is given for both ${other} and ${column}`);
    }
    forced.set(index, column);
  }
  return forced;
}

function reservedIndexes(columns: readonly PlannedColumn[]): ColumnPlan["reserved"] {
  const found: ColumnPlan["reserved"] = {};
  for (const { index, use } of columns) if (use.kind === "reserved") found[use.column] = index;
  return found;
}
