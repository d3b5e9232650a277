import { writeCsvFile } from "../inventory/csv-file.js";
import { inventoryItems } from "../inventory/items.js";
import { note } from "../progress.js";

/** The CSV file's size and how long making it took. */
export interface InventoryFigures {
  csvBytes: number;
  seconds: number;
}

const PROGRESS_EVERY = 100_000;

/** Writes the inventory of `items` items as a CSV file. */
export async function makeInventory(
  file: string,
  items: number,
  seed: number,
): Promise<InventoryFigures> {
  note(`making ${items} items (seed ${seed}) as CSV`);
  const started = process.hrtime.bigint();
  const { bytes } = await writeCsvFile(file, inventoryItems(items, seed), (rows) => {
    if (rows % PROGRESS_EVERY === 0) note(`  ${rows} rows written`);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  note(`CSV ready: ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${seconds.toFixed(1)} s`);
  return { csvBytes: bytes, seconds };
}
