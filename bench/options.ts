import path from "node:path";
import { parseArgs } from "node:util";
import { checkBenchDatabaseUrl } from "./stores/postgres-database.js";

/** The seed of a run that names none. */
export const DEFAULT_SEED = 1;

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

/** The stores a run can measure. */
export const STORES = ["sqlite", "postgres"] as const;
export type StoreName = (typeof STORES)[number];

/** How the report names each store. */
export const STORE_TITLES: Readonly<Record<StoreName, string>> = {
  sqlite: "SQLite",
  postgres: "PostgreSQL",
};

/**
 * The database a PostgreSQL run makes afresh, and drops at the end: the
 * bench refuses any other name than `flextory_bench…`, so as never to drop
 * a database that holds someone's data.
 */
export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/flextory_bench";

/** How one run of the benchmark is set, from its command line. */
export interface BenchOptions {
  readonly items: number;
  readonly store: StoreName;
  /** The PostgreSQL database of a `postgres` run; unused on SQLite. */
  readonly databaseUrl: string;
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

export const USAGE = `usage: npm run bench -- [--items N] [--store sqlite|postgres] [--database URL]
                       [--seed S] [--quick] [--out DIR] [--keep] [--cpu-prof]
       npm run bench -- --compare [--items N] [--seed S] [--out DIR]`;

/** What `--compare` sets side by side: the newest results of both stores on the same data. */
export interface CompareOptions {
  /** Results of this many items; the newest pair of any size when undefined. */
  readonly items: number | undefined;
  readonly seed: number | undefined;
  /** Folder of the results, where side-by-side.md is written. */
  readonly out: string;
}

/** A run of the benchmark, or a comparison of the runs already made. */
export type BenchCommand = { run: BenchOptions } | { compare: CompareOptions };

/** Reads the command line; a bad value throws with a message naming it. */
export function parseCommand(argv: readonly string[], root: string): BenchCommand {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      items: { type: "string" },
      store: { type: "string", default: "sqlite" },
      database: { type: "string", default: DEFAULT_DATABASE_URL },
      seed: { type: "string" },
      quick: { type: "boolean", default: false },
      out: { type: "string", default: path.join(root, "bench", "results") },
      keep: { type: "boolean", default: false },
      "cpu-prof": { type: "boolean", default: false },
      compare: { type: "boolean", default: false },
    },
  });
  const out = path.resolve(values.out);
  const seed =
    values.seed === undefined ? undefined : readWhole("--seed", values.seed, 0, 2 ** 31 - 1);
  if (values.compare) {
    const items = values.items === undefined ? undefined : readItems(values.items);
    return { compare: Object.freeze({ items, seed, out }) };
  }

  const sizes = values.quick ? QUICK_SIZES : FULL_SIZES;
  const store = readStore(values.store);
  return {
    run: Object.freeze({
      items: readItems(values.items ?? String(sizes.items)),
      store,
      databaseUrl: store === "postgres" ? checkBenchDatabaseUrl(values.database) : values.database,
      seed: seed ?? DEFAULT_SEED,
      quick: values.quick,
      out,
      keep: values.keep,
      cpuProf: values["cpu-prof"],
      warmupSeconds: sizes.warmupSeconds,
      warmup: sizes.warmup,
      measured: sizes.measured,
      seconds: sizes.seconds,
      connections: 10,
    }),
  };
}

function readStore(text: string): StoreName {
  const store = STORES.find((name) => name === text);
  if (store === undefined)
    throw new Error(`--store must be one of ${STORES.join(", ")}, not "${text}"`);
  return store;
}

function readItems(text: string): number {
  return readWhole("--items", text, 100, MAX_ITEMS);
}

function readWhole(flag: string, text: string, min: number, max: number): number {
  const value = Number(text.replaceAll("_", "").replaceAll(",", ""));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}
