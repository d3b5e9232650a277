/** How often progress is shown: often enough to see it move, rarely enough to read it. */
export const PROGRESS_INTERVAL_MS = 1000;

interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * A running count on standard error, at most once a second and only once
 * the work has taken a second, so short work prints nothing. On a terminal
 * the line is overwritten in place; elsewhere each count is a line of its own.
 */
export class ProgressLine {
  #lastShown: number;
  #shown = false;

  constructor(
    private readonly describe: (count: number) => string,
    private readonly stream: ProgressStream = process.stderr,
    private readonly now: () => number = Date.now,
  ) {
    this.#lastShown = now();
  }

  update(count: number): void {
    const time = this.now();
    if (time - this.#lastShown < PROGRESS_INTERVAL_MS) return;
    this.#lastShown = time;
    this.#shown = true;
    const text = this.describe(count);
    this.stream.write(this.stream.isTTY ? `\r${text}\u001b[K` : `${text}\n`);
  }

  /** Ends an overwritten line, so that what follows starts on a line of its own. */
  finish(): void {
    if (this.#shown && this.stream.isTTY) this.stream.write("\n");
  }
}
