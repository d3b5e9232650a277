import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import readline from "node:readline";
import { MemoryWatch } from "./memory-watch.js";

export interface NodeChildOptions {
  /** Node's own flags, before the script (`--cpu-prof`, `--import tsx`). */
  nodeArgs?: readonly string[];
  env?: Record<string, string>;
  /** Each line the child writes on standard error; unused when `stderrFd` is given. */
  onStderrLine?: (line: string) => void;
  /** A file descriptor that takes the child's standard error directly, as a log file. */
  stderrFd?: number;
  /** Whether the child reads commands on its standard input; by default it has none. */
  stdinPipe?: boolean;
}

/** What a finished child did and cost. */
export interface ChildResult {
  code: number | null;
  stdout: string;
  /** Its last lines on standard error. */
  stderr: string;
  seconds: number;
  peakRssMb: number;
}

const STDERR_LINES_KEPT = 20;

/** Starts `node [nodeArgs] script args`, its standard output piped. */
export function spawnNode(
  script: string,
  args: readonly string[],
  options: NodeChildOptions = {},
): ChildProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], {
    env: { ...withoutFlextoryVariables(), ...options.env },
    stdio: [options.stdinPipe ? "pipe" : "ignore", "pipe", options.stderrFd ?? "pipe"],
  });
  const onLine = options.onStderrLine;
  if (child.stderr !== null) {
    readline.createInterface({ input: child.stderr }).on("line", (line) => onLine?.(line));
  }
  return child;
}

/**
 * Runs a node script to its end, polling its memory: the result's peak is
 * the child's own high-water mark, apart from this process's.
 */
export async function runNode(
  script: string,
  args: readonly string[],
  options: NodeChildOptions = {},
): Promise<ChildResult> {
  const lines: string[] = [];
  const onStderrLine = (line: string) => {
    lines.push(line);
    if (lines.length > STDERR_LINES_KEPT) lines.shift();
    options.onStderrLine?.(line);
  };
  const started = process.hrtime.bigint();
  const child = spawnNode(script, args, { ...options, onStderrLine });
  const watch = new MemoryWatch(child.pid ?? 0);
  const stdout = collect(child.stdout);
  const [code] = (await once(child, "exit")) as [number | null];
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = watch.stop();
  return { code, stdout: await stdout, stderr: lines.join("\n"), seconds, peakRssMb: peak.hwmMb };
}

/** Like runNode, but a non-zero exit throws with the child's last words. */
export async function runNodeOk(
  script: string,
  args: readonly string[],
  options: NodeChildOptions = {},
): Promise<ChildResult> {
  const result = await runNode(script, args, options);
  if (result.code !== 0) {
    const said = `${result.stderr}\n${result.stdout}`.trim().split("\n").slice(-8).join("\n");
    throw new Error(`${args.slice(0, 2).join(" ")} exited with ${result.code}:\n${said}`);
  }
  return result;
}

/** The benchmark sets the product's settings itself; the caller's must not leak in. */
function withoutFlextoryVariables(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("FLEXTORY_")),
  );
}

async function collect(stream: NodeJS.ReadableStream | null): Promise<string> {
  if (stream === null) return "";
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}
