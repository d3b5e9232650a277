import fs from "node:fs";

/**
 * Bytes one item takes on disk in a run, all files together: the CSV
 * (~200), two stores with their WAL (~2,000 each at most), two exports (~700).
 */
const BYTES_PER_ITEM = 5_000;
const MARGIN_BYTES = 512 * 1024 * 1024;

/** Throws, before anything is written, when `folder` lacks the room a run of `items` needs. */
export function checkDiskSpace(folder: string, items: number): void {
  const stats = fs.statfsSync(folder);
  const free = stats.bavail * stats.bsize;
  const needed = items * BYTES_PER_ITEM + MARGIN_BYTES;
  if (free < needed) {
    const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
    throw new Error(`${folder} has ${gib(free)} GiB free; ${items} items need ${gib(needed)} GiB`);
  }
}
