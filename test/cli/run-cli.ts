import { spawn } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(import.meta.dirname, "../../bin/flextory.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  /** Written to the command's standard input, which is then closed. */
  input?: string;
  /** Added to the environment; FLEXTORY_* variables of the test run are left out. */
  env?: Record<string, string>;
}

/**
 * Runs the built CLI as a child process. Asynchronous on purpose: a server
 * started in this process must go on answering while the command runs.
 */
export function runCli(args: readonly string[], run: CliRun = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...cleanEnv(), ...run.env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(run.input ?? "");
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("FLEXTORY_")),
  );
}

/** The value printed beside a label by `account add` or `user add`. */
export function printed(stdout: string, label: string): string {
  const line = stdout.split("\n").find((row) => row.startsWith(`${label} `));
  if (line === undefined) throw new Error(`no "${label}" line in:\n${stdout}`);
  return line.slice(label.length).trim();
}

/** Whether stderr is one `flextory: …` line, with no stack trace. */
export function isOneLineError(stderr: string): boolean {
  return /^flextory: [^\n]+\n$/.test(stderr) && !stderr.includes("    at ");
}
