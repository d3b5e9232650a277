import { execFileSync } from "node:child_process";
import os from "node:os";
import type { BenchOptions } from "../options.js";
import { ROOT } from "../paths.js";
import type { RunInfo } from "./results.js";

/** The run's settings and the machine it ran on. */
export function runInfo(
  options: BenchOptions,
  storeVersion: string,
  totalSeconds: number,
): RunInfo {
  return {
    date: new Date().toISOString(),
    commit: git(["rev-parse", "--short", "HEAD"]) || "unknown",
    sourceChanged: git(["status", "--porcelain", "--", "src"]) !== "",
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    items: options.items,
    seed: options.seed,
    store: options.store,
    storeVersion,
    quick: options.quick,
    warmup: options.warmup,
    measured: options.measured,
    seconds: options.seconds,
    connections: options.connections,
    cpuProf: options.cpuProf,
    totalSeconds,
  };
}

/** A git command's output; empty where git or the repository is missing. */
function git(args: readonly string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: "pipe" }).trim();
  } catch (error) {
    process.stderr.write(
      `bench: git ${args[0]} failed (${(error as Error).message.split("\n")[0]})\n`,
    );
    return "";
  }
}
