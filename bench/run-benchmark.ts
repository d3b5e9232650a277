import type { BenchOptions } from "./options.js";
import { summarizeProfiles } from "./profile/summarize-profile.js";
import { note } from "./progress.js";
import { makeRequestSets } from "./reads/request-sets.js";
import { readRows, transferRow } from "./report/assemble.js";
import type { BenchResults } from "./report/results.js";
import { runInfo } from "./report/run-info.js";
import { exportInventory } from "./steps/export-step.js";
import { timeBareHttp } from "./steps/http-limit-step.js";
import { importInventory, SIGNER } from "./steps/import-step.js";
import { addLinks } from "./steps/link-step.js";
import { makeInventory } from "./steps/make-inventory.js";
import { timeFlextory } from "./steps/serve-step.js";
import { timeStoreLimit } from "./steps/store-limit-step.js";
import type { BenchStore } from "./stores/bench-store.js";
import type { WorkFolder } from "./work-folder.js";

/**
 * One whole run, one step at a time (the machine has two cores: the
 * client and one server, never more): make and import the inventory, time
 * the reads against Flextory and its two limits, export, and sum it up.
 */
export async function runBenchmark(
  options: BenchOptions,
  work: WorkFolder,
  store: BenchStore,
): Promise<BenchResults> {
  const started = process.hrtime.bigint();
  const { items, seed } = options;
  const inventory = await makeInventory(work.csv, items, seed);
  await store.create();
  const imported = await importInventory(work, store, items);
  const links = await addLinks(store, items, seed);
  await store.settle();

  note("store write limit: the same rows through prepared statements");
  const writeLimit = await store.timeWrites(items, seed);
  note(`store write limit: ${Math.round(writeLimit.itemsPerSecond)} items/s`);

  const reads = await timeReads(options, work, store);
  const scan = await store.timeScan(links.accountId);
  const csv = await exportInventory(work, store, items, "csv");
  const ndjson = await exportInventory(work, store, items, "ndjson");

  const writes = { name: "store: prepared inserts", itemsPerSecond: writeLimit.itemsPerSecond };
  const scans = { name: "store: ordered scan", itemsPerSecond: scan.itemsPerSecond };
  return {
    inventory: { items, ...inventory, links: links.links, linkSeconds: links.seconds },
    transfers: [
      transferRow("import CSV", { ...imported, bytes: inventory.csvBytes }, writes),
      transferRow("export CSV", csv, scans),
      transferRow("export NDJSON", ndjson, scans),
    ],
    ...reads,
    profiles: work.profiles === undefined ? [] : summarizeProfiles(work.profiles),
    run: runInfo(options, await store.version(), Number(process.hrtime.bigint() - started) / 1e9),
  };
}

async function timeReads(
  options: BenchOptions,
  work: WorkFolder,
  store: BenchStore,
): Promise<Pick<BenchResults, "reads" | "server">> {
  const shape = { items: options.items, seed: options.seed };
  const sets = makeRequestSets(shape, options.warmup + options.measured, SIGNER);
  const load = {
    warmupSeconds: options.warmupSeconds,
    warmup: options.warmup,
    seconds: options.seconds,
    connections: options.connections,
  };

  note("reads against flextory serve");
  const flextory = await timeFlextory(work, store.flags, sets, load);
  const bytes = new Map([...flextory.timings].map(([key, timing]) => [key, timing.answerBytes]));
  note("HTTP limit: a bare Fastify server");
  const http = await timeBareHttp(sets, bytes, load);
  note("store limit: the same SQL through prepared statements");
  const reader = await store.openLimitReader(SIGNER.userName, options.connections);
  const limits = await timeStoreLimit(reader, sets, load);
  return {
    reads: readRows(sets, { flextory: flextory.timings, http, store: limits }),
    server: flextory.memory,
  };
}
