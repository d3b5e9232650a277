import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { TestStoreLocation } from "./test-store.js";

const BIN = path.resolve(import.meta.dirname, "../../bin/flextory.js");

/** `flextory serve` running as its own process, and what it printed on standard output. */
export interface ServeProcess {
  child: ChildProcess;
  stdout: string;
  /** Its address, from the line that says where it listens. */
  url: string;
}

/** Starts `flextory serve` on a free port over `store` and waits until it listens. */
export async function startServe(store: TestStoreLocation): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, ...store.args, "serve", "--port", "0"], {
    env: { ...process.env, FLEXTORY_LOG_LEVEL: "info" },
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const listening = /Flextory is listening on (\S+)/.exec(stdout);
      if (listening?.[1] !== undefined) resolve(listening[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, stdout, url };
}

/** Sends SIGTERM and resolves with the exit code once the process has ended. */
export async function stopServe(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  return exited;
}
