import fs from "node:fs";
import path from "node:path";
import type { CompareOptions } from "../options.js";
import type { BenchResults } from "./results.js";

/** A SQLite run and a PostgreSQL run of the same inventory. */
export interface ResultPair {
  sqlite: BenchResults;
  postgres: BenchResults;
}

/**
 * The newest PostgreSQL run, and the newest SQLite run of the same items and
 * seed (those of `options` when given), among the results in `options.out`.
 * Runs from before the store was named in results were on SQLite.
 */
export function newestPair(options: CompareOptions): ResultPair {
  const runs = readResults(options.out).filter(
    ({ run }) =>
      (options.items === undefined || run.items === options.items) &&
      (options.seed === undefined || run.seed === options.seed),
  );
  const pairs = runs
    .filter(({ run }) => run.store === "postgres")
    .map((postgres) => ({ postgres, sqlite: newestLike(runs, postgres) }))
    .filter((pair): pair is ResultPair => pair.sqlite !== undefined)
    .sort((a, b) => b.postgres.run.date.localeCompare(a.postgres.run.date));
  const [newest] = pairs;
  if (newest === undefined) throw new Error(noPairMessage(options, runs));
  return newest;
}

/** Every file of the folder that holds a run's results, each run once. */
function readResults(folder: string): BenchResults[] {
  const files = fs.existsSync(folder) ? fs.readdirSync(folder) : [];
  const byRun = new Map<string, BenchResults>();
  for (const file of files.filter((name) => name.endsWith(".json")).sort()) {
    const results = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")) as BenchResults;
    if (results.run?.date === undefined) continue;
    results.run.store ??= "sqlite";
    byRun.set(`${results.run.store} ${results.run.date}`, results);
  }
  return [...byRun.values()];
}

function newestLike(runs: readonly BenchResults[], postgres: BenchResults) {
  const { items, seed } = postgres.run;
  return runs
    .filter(({ run }) => run.store === "sqlite" && run.items === items && run.seed === seed)
    .sort((a, b) => b.run.date.localeCompare(a.run.date))[0];
}

function noPairMessage(options: CompareOptions, runs: readonly BenchResults[]): string {
  const wanted = [
    options.items === undefined ? "" : ` of ${options.items} items`,
    options.seed === undefined ? "" : ` with seed ${options.seed}`,
  ].join("");
  const found = runs.map(({ run }) => `${run.store} ${run.items} items seed ${run.seed}`);
  return (
    `${options.out} holds no SQLite run and PostgreSQL run${wanted} of the same items and seed ` +
    `(it holds: ${[...new Set(found)].sort().join("; ") || "nothing"}); ` +
    "run `npm run bench -- --store sqlite` and `--store postgres` with the same --items and --seed"
  );
}
