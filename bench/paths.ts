import fs from "node:fs";
import path from "node:path";

/** The repository the benchmark measures. */
export const ROOT = path.resolve(import.meta.dirname, "..");

/** The product as users run it: the built CLI. */
export const FLEXTORY_BIN = path.join(ROOT, "bin", "flextory.js");

/** Throws unless the product is built, since every child runs `dist/`. */
export function checkBuilt(): void {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    throw new Error("dist/ is missing: run `npm run build` first (`npm run bench` does)");
  }
}
