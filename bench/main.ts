/**
 * `npm run bench -- [--items N] [--store sqlite] [--seed S] [--quick] [--out DIR]`:
 * how fast Flextory imports, answers and exports an inventory, beside the
 * limits of the machine's HTTP and of its store. See bench/README.md.
 */
import { parseOptions, USAGE } from "./options.js";
import { checkBuilt, ROOT } from "./paths.js";
import { note } from "./progress.js";
import { writeResults } from "./report/write-results.js";
import { runBenchmark } from "./run-benchmark.js";
import { makeWorkFolder, removeWorkFolder } from "./work-folder.js";

async function main(): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2), ROOT);
    checkBuilt();
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    return 1;
  }

  const work = makeWorkFolder(options.items, options.cpuProf);
  note(`working in ${work.root}`);
  try {
    const results = await runBenchmark(options, work);
    process.stdout.write(writeResults(results, options.out));
    note(`results in ${options.out}`);
    return 0;
  } finally {
    if (options.keep) note(`kept ${work.root}`);
    else removeWorkFolder(work);
  }
}

process.exitCode = await main();
