import { describe, expect, it } from "vitest";
import { PROGRESS_INTERVAL_MS, ProgressLine } from "../../src/cli/progress-line.js";

/** A stream that keeps what is written, and a clock the test moves, so no test waits. */
function fixture(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  const stream = { isTTY, write: (text: string) => written.push(text) };
  const line = new ProgressLine(
    (count) => `${count} rows`,
    stream,
    () => time,
  );
  const advance = (ms: number) => {
    time += ms;
  };
  return { written, line, advance };
}

describe("ProgressLine", () => {
  it("shows nothing for work that ends within the first interval", () => {
    const { written, line, advance } = fixture(true);
    line.update(10);
    advance(PROGRESS_INTERVAL_MS - 1);
    line.update(20);
    line.finish();
    expect(written).toEqual([]);
  });

  it("overwrites one line on a terminal, and ends it when finished", () => {
    const { written, line, advance } = fixture(true);
    advance(PROGRESS_INTERVAL_MS);
    line.update(1000);
    advance(PROGRESS_INTERVAL_MS / 2);
    line.update(1500);
    advance(PROGRESS_INTERVAL_MS / 2);
    line.update(2000);
    line.finish();
    expect(written).toEqual(["\r1000 rows\u001b[K", "\r2000 rows\u001b[K", "\n"]);
  });

  it("writes a line per interval when standard error is not a terminal", () => {
    const { written, line, advance } = fixture(false);
    advance(PROGRESS_INTERVAL_MS);
    line.update(1000);
    advance(PROGRESS_INTERVAL_MS);
    line.update(2000);
    line.finish();
    expect(written).toEqual(["1000 rows\n", "2000 rows\n"]);
  });
});
