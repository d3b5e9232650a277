import fs from "node:fs";
import path from "node:path";
import { FLEXTORY_BIN } from "../paths.js";
import { runNodeOk } from "../processes/node-child.js";
import { note } from "../progress.js";
import type { BenchStore } from "../stores/bench-store.js";
import { productNodeArgs, type WorkFolder } from "../work-folder.js";
import { type ChildFigures, childFigures } from "./import-step.js";

export type ExportFormat = "csv" | "ndjson";

export interface ExportFigures extends ChildFigures {
  format: ExportFormat;
  bytes: number;
}

/** Runs `flextory export` to a file as a child process; the file is removed after. */
export async function exportInventory(
  work: WorkFolder,
  store: BenchStore,
  items: number,
  format: ExportFormat,
): Promise<ExportFigures> {
  const file = path.join(work.exports, `items.${format}`);
  note(`flextory export as ${format}`);
  const result = await runNodeOk(FLEXTORY_BIN, [...store.flags, "export", "--out", file], {
    nodeArgs: productNodeArgs(work, `export-${format}`),
  });
  const exported = /exported (\d+) items?/.exec(result.stderr)?.[1];
  if (exported !== String(items)) throw new Error(`the export says: ${result.stderr}`);
  const bytes = fs.statSync(file).size;
  fs.rmSync(file);
  const figures = { ...childFigures(items, result), format, bytes };
  note(`exported ${format}: ${Math.round(figures.itemsPerSecond)} items/s`);
  return figures;
}
