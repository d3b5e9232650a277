import path from "node:path";
import { parseArgs } from "node:util";

/** The most items one run makes: barcodes are numbered below a billion. */
export const MAX_ITEMS = 10_000_000;

/** The sizes a full run uses, and the smaller ones of `--quick`; `--items` wins over both. */
export const FULL_SIZES = {
  items: 1_000_000,
  warmupSeconds: 2,
  warmup: 20,
  measured: 200,
  seconds: 10,
} as const;
export const QUICK_SIZES = {
  items: 20_000,
  warmupSeconds: 0.1,
  warmup: 5,
  measured: 50,
  seconds: 1,
} as const;

/** How one run of the benchmark is set, from its command line. */
export interface BenchOptions {
  readonly items: number;
  readonly store: "sqlite";
  readonly seed: number;
  readonly quick: boolean;
  /** Folder for latest.md, latest.json and the dated copies. */
  readonly out: string;
  /** Keep the temporary folder (CSV, stores, exports, logs) instead of removing it. */
  readonly keep: boolean;
  /** Run the product's children under `--cpu-prof` and summarise where their time went. */
  readonly cpuProf: boolean;
  /**
   * Seconds of requests in turn (500 at most) before each measurement, so
   * that every target is measured hot; then requests sent before measuring,
   * measured requests, and seconds of each throughput run (autocannon counts
   * whole seconds).
   */
  readonly warmupSeconds: number;
  readonly warmup: number;
  readonly measured: number;
  readonly seconds: number;
  /** Connections of each throughput run. */
  readonly connections: number;
}

export const USAGE = `usage: npm run bench -- [--items N] [--store sqlite] [--seed S] [--quick]
                       [--out DIR] [--keep] [--cpu-prof]`;

/** Reads the command line; a bad value throws with a message naming it. */
export function parseOptions(argv: readonly string[], root: string): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      items: { type: "string" },
      store: { type: "string", default: "sqlite" },
      seed: { type: "string", default: "1" },
      quick: { type: "boolean", default: false },
      out: { type: "string", default: path.join(root, "bench", "results") },
      keep: { type: "boolean", default: false },
      "cpu-prof": { type: "boolean", default: false },
    },
  });
  if (values.store !== "sqlite") throw new Error(`--store: only sqlite exists so far`);

  const sizes = values.quick ? QUICK_SIZES : FULL_SIZES;
  return Object.freeze({
    items: readWhole("--items", values.items ?? String(sizes.items), 100, MAX_ITEMS),
    store: "sqlite",
    seed: readWhole("--seed", values.seed, 0, 2 ** 31 - 1),
    quick: values.quick,
    out: path.resolve(values.out),
    keep: values.keep,
    cpuProf: values["cpu-prof"],
    warmupSeconds: sizes.warmupSeconds,
    warmup: sizes.warmup,
    measured: sizes.measured,
    seconds: sizes.seconds,
    connections: 10,
  });
}

function readWhole(flag: string, text: string, min: number, max: number): number {
  const value = Number(text.replaceAll("_", "").replaceAll(",", ""));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}
