import type {
  FlaggedValue,
  FlagReason,
  ImportReport,
  RepairedValue,
  RepeatedBarcode,
} from "./import-report.js";
import { quoted } from "./quote-text.js";
import {
  GROUP_ENTRIES_KEPT,
  type LocatedValue,
  ungroupedCount,
  type ValueGroup,
} from "./value-groups.js";

/** Examples given for a group summed up in one line. */
const EXAMPLES_SHOWN = 2;
/** Lines named for a group whose lines do not follow one another. */
const LINES_NAMED = 3;
/** Said where the text leaves out what `formatImportReport`'s verbose form shows. */
const VERBOSE_HINT = "(--verbose lists every one)";

const FLAG_MEANINGS: Record<FlagReason, string> = {
  mojibake: "mis-decoded text that could not be repaired",
  "invalid-bytes": "bytes that are not valid in the file's encoding",
  "shortened-number": "a number a spreadsheet shortened; its digits are lost",
  "repeated-id": "an id an earlier item of the file has; links to it go to the last such item",
};

/** A list of one kind of note: how to show an entry, and the meaning of a group's kind. */
interface NoteStyle<Entry extends LocatedValue, Kind extends string> {
  entry(entry: Entry): string;
  value(entry: Entry): string;
  meaning(kind: Kind): string | undefined;
}

const FLAG_STYLE: NoteStyle<FlaggedValue, FlagReason> = {
  entry: (f) => `line ${f.line}, ${f.column}: ${quoted(f.value)}: ${FLAG_MEANINGS[f.reason]}`,
  value: (f) => quoted(f.value),
  meaning: (reason) => FLAG_MEANINGS[reason],
};

const REPAIR_STYLE: NoteStyle<RepairedValue, "repaired"> = {
  entry: (r) => `line ${r.line}, ${r.column}: ${repairText(r)}`,
  value: repairText,
  meaning: () => undefined,
};

function repairText(repair: RepairedValue): string {
  return `${quoted(repair.before)} → ${quoted(repair.after)}`;
}

/** Flagged values: a group of a few listed whole, a larger one summed up in one line. */
export function flagLines(report: ImportReport, verbose: boolean): string[] {
  if (report.flaggedCount === 0) return [];
  const body = verbose
    ? listed(report.flagged, report.flaggedCount, FLAG_STYLE.entry)
    : grouped(report.flagGroups, report.flaggedCount, FLAG_STYLE);
  return [`Flagged values, kept as they stand (${report.flaggedCount}):`, ...body];
}

/** Repaired values, as the file had them and as they are stored, grouped as flags are. */
export function repairLines(report: ImportReport, verbose: boolean): string[] {
  if (report.repairedValues === 0) return [];
  const body = verbose
    ? listed(report.repaired, report.repairedValues, REPAIR_STYLE.entry)
    : grouped(report.repairGroups, report.repairedValues, REPAIR_STYLE);
  return [`Values repaired (${report.repairedValues}), as read → as stored:`, ...body];
}

/** Rows whose barcode an earlier row had; past a few, only with `verbose`. */
export function repeatLines(report: ImportReport, verbose: boolean): string[] {
  const count = report.repeatedBarcodeCount;
  if (count === 0) return [];
  const kept = report.repeatedBarcodes;
  const shown = verbose ? kept : kept.slice(0, GROUP_ENTRIES_KEPT);
  const hint = shown.length < kept.length ? ` ${VERBOSE_HINT}` : "";
  return [
    `Barcodes repeated in the file (${count}); a repeat updates the item its first line wrote:`,
    ...listed(shown, count, repeatLine, hint),
  ];
}

function repeatLine(repeat: RepeatedBarcode): string {
  return `line ${repeat.line}: barcode ${quoted(repeat.barcode)} repeats line ${repeat.firstLine}`;
}

function grouped<Entry extends LocatedValue, Kind extends string>(
  groups: ReadonlyArray<ValueGroup<Entry, Kind>>,
  total: number,
  style: NoteStyle<Entry, Kind>,
): string[] {
  const lines = groups.flatMap((group) =>
    isListed(group) ? group.entries.map(style.entry) : [summary(group, style)],
  );
  const rest = ungroupedCount(groups, total);
  if (rest > 0) lines.push(`… and ${rest} more in other columns`);
  if (rest > 0 || !groups.every(isListed)) lines.push(VERBOSE_HINT);
  return lines.map((line) => `  ${line}`);
}

/** A group small enough to list whole. */
function isListed(group: { count: number }): boolean {
  return group.count <= GROUP_ENTRIES_KEPT;
}

function summary<Entry extends LocatedValue, Kind extends string>(
  group: ValueGroup<Entry, Kind>,
  style: NoteStyle<Entry, Kind>,
): string {
  const meaning = style.meaning(group.kind);
  const examples = group.entries
    .slice(0, EXAMPLES_SHOWN)
    .map((entry) => `line ${entry.line} ${style.value(entry)}`);
  return (
    `${group.column}, ${group.count} values on ${linesOf(group)}` +
    `${meaning === undefined ? "" : `: ${meaning}`}; e.g. ${examples.join(", ")}`
  );
}

/** `lines 2–201` when every line between has one; else the first few and the last. */
function linesOf(group: ValueGroup<LocatedValue, string>): string {
  const { firstLine, lastLine } = group;
  if (group.count === lastLine - firstLine + 1) return `lines ${firstLine}–${lastLine}`;
  const first = [...new Set(group.entries.map((entry) => entry.line))].slice(0, LINES_NAMED);
  return `lines ${first.join(", ")}, …, ${lastLine}`;
}

function listed<T>(
  entries: readonly T[],
  total: number,
  line: (entry: T) => string,
  hint = "",
): string[] {
  const lines = entries.map((entry) => `  ${line(entry)}`);
  if (total > entries.length) lines.push(`  … and ${total - entries.length} more${hint}`);
  return lines;
}
