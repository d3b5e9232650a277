/**
 * Spreadsheets run a cell that starts with `=`, `@`, `+` or `-` as a
 * formula, some after a leading tab or CR, so a value such as
 * `=HYPERLINK(…)` in an export would run when the file is opened. Export
 * writes such a cell after a `'`, which spreadsheets read as "text", and
 * CSV import takes that `'` away again. A cell that starts with `'` gets a
 * second one, so that import can tell the guard from the value.
 */

/** The characters after which a leading `'` is a guard that export added. */
const GUARDED_STARTS: ReadonlySet<string> = new Set(["=", "@", "\t", "\r", "+", "-", "'"]);

/** `-5`, `+1.5e3`, `-1,234.50`: a number, which a spreadsheet reads and never runs. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/** `+1 555 0100`, `+44 (0)20 7946 0958`: digits and punctuation, nothing a formula could call. */
const PHONE_NUMBER = /^\+[\d ().-]*\d[\d ().-]*$/;

/** The cell as export writes it: guarded when a spreadsheet would run it. */
export function guardCell(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** The value of a cell read from CSV: without the guard export added. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && GUARDED_STARTS.has(text.charAt(1)) ? text.slice(1) : text;
}

function needsGuard(text: string): boolean {
  const first = text.charAt(0);
  if (first === "+" || first === "-") return !isPlainSigned(text);
  return GUARDED_STARTS.has(first);
}

/** A sign alone, a signed number or a phone number: shown as written, and harmless. */
function isPlainSigned(text: string): boolean {
  return text.length === 1 || PLAIN_NUMBER.test(text) || PHONE_NUMBER.test(text);
}
