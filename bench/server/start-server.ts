import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import readline from "node:readline";
import { type NodeChildOptions, spawnNode } from "../processes/node-child.js";

/** A server running as a child process, on a port of 127.0.0.1 that it chose. */
export interface RunningServer {
  port: number;
  pid: number;
  child: ChildProcess;
  /** Waits for a line of the server's standard output that `pattern` matches. */
  waitForLine(pattern: RegExp): Promise<RegExpExecArray>;
  /** Sends SIGTERM and waits for the process to end. */
  stop(): Promise<void>;
}

const LINE_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;
/** Both servers print this once they listen; Flextory's banner says it so. */
const LISTENING = /listening on http:\/\/127\.0\.0\.1:(\d+)/;

/** Starts `script` and waits until it says which port it listens on. */
export async function startServer(
  script: string,
  args: readonly string[],
  options: NodeChildOptions = {},
): Promise<RunningServer> {
  const child = spawnNode(script, args, options);
  const lines = readline.createInterface({ input: child.stdout ?? process.stdin });
  const waitForLine = (pattern: RegExp) => lineOf(child, lines, pattern);
  const listening = await waitForLine(LISTENING).catch(async (error: unknown) => {
    await stopChild(child);
    throw error;
  });
  return {
    port: Number(listening[1]),
    pid: child.pid ?? 0,
    child,
    waitForLine,
    stop: () => stopChild(child),
  };
}

function lineOf(
  child: ChildProcess,
  lines: readline.Interface,
  pattern: RegExp,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      lines.off("line", onLine);
      child.off("exit", onExit);
      outcome();
    };
    const onLine = (line: string) => {
      const match = pattern.exec(line);
      if (match !== null) finish(() => resolve(match));
    };
    const onExit = (code: number | null) => {
      finish(() => reject(new Error(`the server exited with ${code} before saying ${pattern}`)));
    };
    const timer = setTimeout(() => {
      finish(() =>
        reject(new Error(`the server did not say ${pattern} within ${LINE_TIMEOUT_MS / 1000} s`)),
      );
    }, LINE_TIMEOUT_MS);
    lines.on("line", onLine);
    child.once("exit", onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
