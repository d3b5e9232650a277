import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkDiskSpace } from "./inventory/disk-space.js";

/** Where one run keeps its files; all of it is removed at the end unless kept. */
export interface WorkFolder {
  root: string;
  csv: string;
  /** The store that the import fills and the server reads. */
  importData: string;
  /** The fresh store of the write limit. */
  limitData: string;
  exports: string;
  serverLog: string;
  /** CPU profiles of the product's children, when asked for. */
  profiles: string | undefined;
}

export function makeWorkFolder(items: number, cpuProf: boolean): WorkFolder {
  checkDiskSpace(os.tmpdir(), items);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "flextory-bench-"));
  fs.mkdirSync(path.join(root, "exports"));
  if (cpuProf) fs.mkdirSync(path.join(root, "profiles"));
  return {
    root,
    csv: path.join(root, "inventory.csv"),
    importData: path.join(root, "store"),
    limitData: path.join(root, "limit-store"),
    exports: path.join(root, "exports"),
    serverLog: path.join(root, "server.log"),
    profiles: cpuProf ? path.join(root, "profiles") : undefined,
  };
}

export function removeWorkFolder(work: WorkFolder): void {
  fs.rmSync(work.root, { recursive: true, force: true });
}

/** Node's flags for a child of the product: a CPU profile of it, when asked for. */
export function productNodeArgs(work: WorkFolder, name: string): string[] {
  if (work.profiles === undefined) return [];
  return ["--cpu-prof", "--cpu-prof-dir", work.profiles, "--cpu-prof-name", `${name}.cpuprofile`];
}
