/** Writes rows of a label and a value, aligned. Secrets go to standard output only. */
export function printRows(rows: ReadonlyArray<readonly [label: string, value: string]>): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** A note for the person at the terminal, kept off standard output so scripts read results only. */
export function printNote(text: string): void {
  process.stderr.write(`${text}\n`);
}

export const SHOWN_ONCE = "This is shown once; keep the password and key somewhere safe.";

/** `1 item`, `2 items`: a count with its noun, for nouns whose plural takes an s. */
export function counted(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
