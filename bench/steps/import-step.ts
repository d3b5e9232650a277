import { FLEXTORY_BIN } from "../paths.js";
import { runNodeOk } from "../processes/node-child.js";
import { note } from "../progress.js";
import type { Signer } from "../reads/signed-path.js";
import type { BenchStore } from "../stores/bench-store.js";
import { productNodeArgs, type WorkFolder } from "../work-folder.js";

/** The administrator the import and every request act as; its key is set, not drawn. */
export const SIGNER: Signer = {
  userName: "bench",
  privateKey: "flextory-bench-key-0123456789abcdef",
};

/** How long a child of the product took, and its peak memory. */
export interface ChildFigures {
  items: number;
  seconds: number;
  itemsPerSecond: number;
  peakRssMb: number;
}

/**
 * Makes the account and its administrator, then runs `flextory import` on
 * the CSV file as a child process, so its memory is its own.
 */
export async function importInventory(
  work: WorkFolder,
  store: BenchStore,
  items: number,
): Promise<ChildFigures> {
  const data = store.flags;
  const admin = ["--admin", SIGNER.userName, "--key", SIGNER.privateKey];
  await runNodeOk(FLEXTORY_BIN, [...data, "account", "add", "main", ...admin]);

  note(`flextory import of ${items} items`);
  const result = await runNodeOk(FLEXTORY_BIN, [...data, "import", work.csv], {
    nodeArgs: productNodeArgs(work, "import"),
    onStderrLine: (line) => note(`  import: ${line}`),
  });
  const created = /^Created: (\d+),/m.exec(result.stdout)?.[1];
  if (created !== String(items)) throw new Error(`the import says:\n${result.stdout}`);
  const figures = childFigures(items, result);
  note(
    `imported: ${Math.round(figures.itemsPerSecond)} items/s, ` +
      `peak ${figures.peakRssMb.toFixed(0)} MiB`,
  );
  return figures;
}

export function childFigures(
  items: number,
  result: { seconds: number; peakRssMb: number },
): ChildFigures {
  return {
    items,
    seconds: result.seconds,
    itemsPerSecond: items / result.seconds,
    peakRssMb: result.peakRssMb,
  };
}
