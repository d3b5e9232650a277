import fs from "node:fs";
import path from "node:path";
import type { CompareOptions } from "../options.js";
import { factor, mib, ms, seconds, table, whole } from "./format.js";
import { newestPair, type ResultPair } from "./result-files.js";
import type { BenchResults } from "./results.js";

/** The file that `--compare` writes in the results folder. */
export const SIDE_BY_SIDE_FILE = "side-by-side.md";

/**
 * Writes `side-by-side.md` in the results folder from the newest SQLite and
 * PostgreSQL runs of the same inventory; returns the Markdown.
 */
export function writeSideBySide(options: CompareOptions): string {
  const markdown = `${sideBySideMarkdown(newestPair(options))}\n`;
  fs.writeFileSync(path.join(options.out, SIDE_BY_SIDE_FILE), markdown);
  return markdown;
}

/** Both runs' figures in one page: each row one figure, SQLite's beside PostgreSQL's. */
export function sideBySideMarkdown(pair: ResultPair): string {
  return [
    `# Flextory benchmark: ${whole(pair.sqlite.run.items)} items, SQLite beside PostgreSQL`,
    [runLine(pair.sqlite), runLine(pair.postgres), ...sameShape(pair)].join("\n"),
    "Each × is PostgreSQL's figure over SQLite's.",
    "## Import and export, items/s",
    transferTable(pair),
    "## Reads over the signed API",
    latencyTable(pair),
    throughputTable(pair),
    memoryLines(pair),
  ].join("\n\n");
}

function runLine({ run }: BenchResults): string {
  const mode = run.quick ? "quick run" : "full run";
  const changed = run.sourceChanged ? " with uncommitted changes in src/" : "";
  return (
    `- ${run.storeVersion ?? run.store}: ${run.date} · commit ${run.commit}${changed} · ` +
    `${mode}, seed ${run.seed} · ${run.cores} × ${run.cpu} · ` +
    `whole run ${seconds(run.totalSeconds)} s`
  );
}

/** A warning where the two runs were not sized alike: their figures do not compare then. */
function sameShape({ sqlite, postgres }: ResultPair): string {
  const a = sqlite.run;
  const b = postgres.run;
  const alike = a.quick === b.quick && a.measured === b.measured && a.seconds === b.seconds;
  return alike
    ? ""
    : "\n**The two runs were not sized alike (quick and full): compare with care.**";
}

function transferTable({ sqlite, postgres }: ResultPair): string {
  const rows = sqlite.transfers.map((ours) => {
    const theirs = postgres.transfers.find((row) => row.step === ours.step);
    return [
      ours.step,
      whole(ours.itemsPerSecond),
      whole(theirs?.itemsPerSecond ?? Number.NaN),
      factor(ratio(theirs?.itemsPerSecond, ours.itemsPerSecond)),
      mib(ours.peakRssMb),
      mib(theirs?.peakRssMb ?? Number.NaN),
      whole(ours.limitItemsPerSecond),
      whole(theirs?.limitItemsPerSecond ?? Number.NaN),
    ];
  });
  const header = [
    "step",
    "SQLite",
    "PostgreSQL",
    "×",
    "SQLite peak RSS",
    "PostgreSQL peak RSS",
    "SQLite store limit",
    "PostgreSQL store limit",
  ];
  return table(header, "lrrrrrrr", rows);
}

function latencyTable({ sqlite, postgres }: ResultPair): string {
  const rows = pairedReads(sqlite, postgres).map(([ours, theirs]) => [
    `\`${ours.query}\``,
    whole(ours.matches),
    ms(ours.flextory.p50Ms),
    ms(theirs?.flextory.p50Ms ?? Number.NaN),
    factor(ratio(theirs?.flextory.p50Ms, ours.flextory.p50Ms)),
    ms(ours.flextory.p99Ms),
    ms(theirs?.flextory.p99Ms ?? Number.NaN),
    ms(ours.storeLimit.p50Ms),
    ms(theirs?.storeLimit.p50Ms ?? Number.NaN),
  ]);
  const header = [
    "query",
    "matches",
    "SQLite p50",
    "PostgreSQL p50",
    "×",
    "SQLite p99",
    "PostgreSQL p99",
    "SQLite store p50",
    "PostgreSQL store p50",
  ];
  const { measured, warmup } = sqlite.run;
  const title = `Latency in ms, one connection, ${measured} requests after ${warmup}:`;
  return `${title}\n\n${table(header, "lrrrrrrrr", rows)}`;
}

function throughputTable({ sqlite, postgres }: ResultPair): string {
  const rows = pairedReads(sqlite, postgres).map(([ours, theirs]) => [
    `\`${ours.query}\``,
    whole(ours.flextory.requestsPerSecond),
    whole(theirs?.flextory.requestsPerSecond ?? Number.NaN),
    factor(ratio(theirs?.flextory.requestsPerSecond, ours.flextory.requestsPerSecond)),
    whole(ours.storeLimit.requestsPerSecond),
    whole(theirs?.storeLimit.requestsPerSecond ?? Number.NaN),
    whole(ours.flextory.errors + (theirs?.flextory.errors ?? 0)),
  ]);
  const header = [
    "query",
    "SQLite req/s",
    "PostgreSQL req/s",
    "×",
    "SQLite store limit",
    "PostgreSQL store limit",
    "errors",
  ];
  const { connections, seconds: runSeconds } = sqlite.run;
  const title = `Throughput in requests/s, ${connections} connections for ${runSeconds} s:`;
  return `${title}\n\n${table(header, "lrrrrrr", rows)}`;
}

function memoryLines({ sqlite, postgres }: ResultPair): string {
  const line = (name: string, { server }: BenchResults) =>
    `- ${name}: ${mib(server.idleRssMb)} idle after start, ` +
    `${mib(server.loadRssMb)} at most under load`;
  return [
    "Flextory's server memory (RSS; PostgreSQL's own processes are not counted):",
    "",
    line("SQLite", sqlite),
    line("PostgreSQL", postgres),
  ].join("\n");
}

function pairedReads(sqlite: BenchResults, postgres: BenchResults) {
  return sqlite.reads.map(
    (row) => [row, postgres.reads.find((other) => other.key === row.key)] as const,
  );
}

function ratio(postgres: number | undefined, sqlite: number): number {
  return postgres === undefined ? Number.NaN : postgres / sqlite;
}
