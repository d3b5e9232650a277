/**
 * A group holds its first entries up to this many: enough to list a small
 * group whole, and to give a large one's examples and first lines.
 */
export const GROUP_ENTRIES_KEPT = 10;

/**
 * Groups kept per list. Columns are few in a CSV file, but a JSON file may
 * name a new attribute in every item; past this, values are only counted.
 */
export const GROUP_LIMIT = 100;

/** A value pointed out with the line and column it came from. */
export interface LocatedValue {
  line: number;
  column: string;
}

/**
 * The values of one column pointed out for one reason, counted together,
 * so that a report can say "200 of these" in one line instead of 200.
 */
export interface ValueGroup<Entry extends LocatedValue, Kind extends string> {
  column: string;
  kind: Kind;
  count: number;
  firstLine: number;
  lastLine: number;
  /** The first `GROUP_ENTRIES_KEPT` entries, in file order. */
  entries: Entry[];
}

/** Adds `entry` to the group of its column and kind; false when no group could take it. */
export function addToGroups<Entry extends LocatedValue, Kind extends string>(
  groups: Array<ValueGroup<Entry, Kind>>,
  kind: Kind,
  entry: Entry,
): boolean {
  const group = groups.find((g) => g.column === entry.column && g.kind === kind);
  if (group === undefined) {
    if (groups.length >= GROUP_LIMIT) return false;
    groups.push({ column: entry.column, kind, count: 1, ...linesOf(entry), entries: [entry] });
    return true;
  }

  group.count++;
  group.lastLine = Math.max(group.lastLine, entry.line);
  if (group.entries.length < GROUP_ENTRIES_KEPT) group.entries.push(entry);
  return true;
}

function linesOf(entry: LocatedValue): { firstLine: number; lastLine: number } {
  return { firstLine: entry.line, lastLine: entry.line };
}

/** How many entries of `total` no group took. */
export function ungroupedCount(groups: ReadonlyArray<{ count: number }>, total: number): number {
  return total - groups.reduce((sum, group) => sum + group.count, 0);
}
