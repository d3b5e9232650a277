import { profileMarkdown } from "../profile/profile-markdown.js";
import { mib, ms, percent, seconds, table, times, whole } from "./format.js";
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
    MEANINGS,
    ...profileMarkdown(results.profiles),
  ].join("\n\n");
}

function heading(run: RunInfo): string {
  const mode = run.quick ? "quick run" : "full run";
  const changed = run.sourceChanged ? " with uncommitted changes in src/" : "";
  return [
    `# Flextory benchmark: ${whole(run.items)} items`,
    `${run.store} store, seed ${run.seed}, ${mode}${run.cpuProf ? " under --cpu-prof" : ""}. ` +
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

const MEANINGS = `## What the figures mean

- **import**: \`flextory import\` of the CSV as a child process on a fresh store, start to exit;
  peak RSS is the child's own high-water mark (VmHWM). Its limit: the same rows inserted into the
  same tables and indexes (the app's migrations) with prepared statements in one transaction,
  timing SQLite alone.
- **export**: \`flextory export --out FILE\` as a child process. Its limit: every item,
  attribute and link read once, in order, with three prepared statements.
- **p50, p99**: time from sending a request to the end of its answer, on one kept-alive
  connection, each request varied (other ids, barcodes, patterns) by the seed.
- **HTTP limit**: a bare Fastify server with one route answering a constant body of the mean size
  of Flextory's answers to that query, sent the same requests by the same client.
- **store limit**: the SQL that the store runs for the request (the user's lookup, the count,
  the page, the items' rows, attributes and links), by hand through better-sqlite3 prepared
  statements on the same file, in this process; its req/s is one thread back to back. Each run
  first checks, on three requests of each kind, that these statements and their values are the
  ones the store's query builder runs.
- **p50 ÷ limits**: Flextory's p50 over the sum of both limits' p50, the least any server doing
  both could take; what is above ×1 is Flextory's own work (signature, parsing, query builder,
  JSON, logging).
- **of HTTP, of store**: Flextory's requests/s as a share of each limit's.`;
