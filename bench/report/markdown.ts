import { STORE_TITLES, type StoreName } from "../options.js";
import { profileMarkdown } from "../profile/profile-markdown.js";
import { mib, ms, percent, seconds, table, times, whole } from "./format.js";
import { meanings } from "./meanings.js";
import type { BenchResults, RunInfo } from "./results.js";

/** The results as a Markdown page: the run, then each table, then what the figures mean. */
export function markdownReport(results: BenchResults): string {
  return [
    heading(results.run),
    "## Import and export",
    transferTable(results),
    inventoryLine(results),
    "## Reads over the signed API",
    latencyTable(results),
    throughputTable(results),
    memoryLine(results),
    meanings(results.run.store),
    ...profileMarkdown(results.profiles),
  ].join("\n\n");
}

function heading(run: RunInfo): string {
  const mode = run.quick ? "quick run" : "full run";
  const changed = run.sourceChanged ? " with uncommitted changes in src/" : "";
  const title = storeTitle(run.store);
  const profiled = run.cpuProf ? " under --cpu-prof" : "";
  return [
    `# Flextory benchmark: ${whole(run.items)} items on ${title}`,
    `${run.store} store (${run.storeVersion ?? title}), seed ${run.seed}, ${mode}${profiled}. ` +
      `${run.date} · commit ${run.commit}${changed} · Node ${run.node} · ` +
      `${run.cores} × ${run.cpu} · ${run.memoryGb} GiB · whole run ${seconds(run.totalSeconds)} s`,
  ].join("\n\n");
}

function transferTable({ transfers }: BenchResults): string {
  const rows = transfers.map((row) => [
    row.step,
    whole(row.itemsPerSecond),
    seconds(row.seconds),
    mib(row.peakRssMb),
    row.limit,
    whole(row.limitItemsPerSecond),
    percent(row.ofLimit),
  ]);
  const header = ["step", "items/s", "s", "peak RSS", "limit", "limit items/s", "of limit"];
  return table(header, "lrrrlrr", rows);
}

function inventoryLine({ inventory }: BenchResults): string {
  const size = mib(inventory.csvBytes / 1024 / 1024);
  return (
    `The inventory: a CSV file of ${size} made in ${seconds(inventory.seconds)} s; then ` +
    `${whole(inventory.links)} links added through the store ` +
    `in ${seconds(inventory.linkSeconds)} s.`
  );
}

function latencyTable({ run, reads }: BenchResults): string {
  const rows = reads.map((row) => [
    `\`${row.query}\``,
    whole(row.matches),
    whole(row.answerBytes),
    ms(row.flextory.p50Ms),
    ms(row.flextory.p99Ms),
    ms(row.httpLimit.p50Ms),
    `${ms(row.storeLimit.p50Ms)}${row.storeSqlIsTheStores ? "" : " †"}`,
    times(row.p50OverLimits),
  ]);
  const header = [
    "query",
    "matches",
    "bytes",
    "p50",
    "p99",
    "HTTP p50",
    "store p50",
    "p50 ÷ limits",
  ];
  const title = `Latency in ms, one connection, ${run.measured} requests after ${run.warmup}:`;
  const stale = reads.some((row) => !row.storeSqlIsTheStores)
    ? "\n\n† This store limit runs other SQL than the store does: bench/limits needs updating."
    : "";
  return `${title}\n\n${table(header, "lrrrrrrr", rows)}${stale}`;
}

function throughputTable({ run, reads }: BenchResults): string {
  const rows = reads.map((row) => [
    `\`${row.query}\``,
    whole(row.flextory.requestsPerSecond),
    whole(row.httpLimit.requestsPerSecond),
    percent(row.throughputOfHttp),
    whole(row.storeLimit.requestsPerSecond),
    percent(row.throughputOfStore),
    whole(row.flextory.errors),
  ]);
  const header = ["query", "req/s", "HTTP limit", "of HTTP", "store limit", "of store", "errors"];
  const title = `Throughput in requests/s, ${run.connections} connections for ${run.seconds} s:`;
  return `${title}\n\n${table(header, "lrrrrrr", rows)}`;
}

function memoryLine({ server }: BenchResults): string {
  return (
    `Server memory (RSS): ${mib(server.idleRssMb)} idle after start, ` +
    `${mib(server.loadRssMb)} at most under load, high-water mark ${mib(server.hwmMb)}.`
  );
}

/** `SQLite`, `PostgreSQL`: the store's name as the report prints it. */
export function storeTitle(store: string): string {
  return STORE_TITLES[store as StoreName] ?? store;
}
