const LINE_BREAKS = /\r\n|\r|\n/g;

/** The line breaks in `text`: CRLF, CR and LF each count once. */
export function countLineBreaks(text: string): number {
  return text.match(LINE_BREAKS)?.length ?? 0;
}

/** Counts the lines of a text given chunk by chunk, a CRLF cut between two chunks once. */
export class LineCounter {
  private breaks = 0;
  private afterCr = false;
  private endsWithBreak = false;

  add(chunk: string): void {
    if (chunk === "") return;
    const joined = this.afterCr && chunk.startsWith("\n") ? 1 : 0;
    this.breaks += countLineBreaks(chunk) - joined;
    this.afterCr = chunk.endsWith("\r");
    this.endsWithBreak = this.afterCr || chunk.endsWith("\n");
  }

  /** The number of the last line, not counting the empty one after a final line break. */
  get lastLine(): number {
    return this.endsWithBreak ? Math.max(this.breaks, 1) : this.breaks + 1;
  }
}
