const started = Date.now();

/**
 * One line on standard error per step or event, with the time since the run
 * began: standard output is kept for the table.
 */
export function note(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`bench ${seconds}s  ${message}\n`);
}
