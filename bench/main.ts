/**
 * `npm run bench -- [--items N] [--store sqlite|postgres] [--seed S] [--quick] [--out DIR]`:
 * how fast Flextory imports, answers and exports an inventory, beside the
 * limits of the machine's HTTP and of its store. `--compare` sets the
 * newest results of both stores side by side. See bench/README.md.
 */
import { type BenchOptions, type CompareOptions, parseCommand, USAGE } from "./options.js";
import { checkBuilt, ROOT } from "./paths.js";
import { note } from "./progress.js";
import { writeSideBySide } from "./report/side-by-side.js";
import { writeResults } from "./report/write-results.js";
import { runBenchmark } from "./run-benchmark.js";
import { benchStoreOf } from "./stores/bench-store.js";
import { makeWorkFolder, removeWorkFolder } from "./work-folder.js";

async function main(): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(process.argv.slice(2), ROOT);
    if ("run" in command) checkBuilt();
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }
  return "run" in command ? run(command.run) : compare(command.compare);
}

async function run(options: BenchOptions): Promise<number> {
  const work = makeWorkFolder(options.items, options.cpuProf);
  const store = benchStoreOf(options, work);
  note(`working in ${work.root}, on the ${options.store} store`);
  try {
    const results = await runBenchmark(options, work, store);
    process.stdout.write(writeResults(results, options.out));
    note(`results in ${options.out}`);
    return 0;
  } finally {
    await store.remove();
    if (options.keep) note(`kept ${work.root}`);
    else removeWorkFolder(work);
  }
}

function compare(options: CompareOptions): number {
  try {
    process.stdout.write(writeSideBySide(options));
    return 0;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main();
