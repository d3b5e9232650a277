import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServe, stopServe } from "../support/serve-process.js";
import { newStoreLocation, type TestStoreLocation } from "../support/test-store.js";

const BIN = path.resolve(import.meta.dirname, "../../bin/flextory.js");

describe("first start of flextory serve", () => {
  let store: TestStoreLocation;
  let running: ChildProcess | undefined;

  beforeEach(async () => {
    store = await newStoreLocation("flextory-serve-");
  });
  afterEach(async () => {
    if (running) await stopServe(running);
    await store.remove();
  });

  it("prints a curl command that, pasted as printed, answers success", async () => {
    const { child, stdout } = await startServe(store);
    running = child;

    const curlLine = stdout.split("\n").find((line) => line.trim().startsWith("curl '"));
    expect(curlLine).toBeDefined();
    const answer = execFileSync("sh", ["-c", curlLine?.trim() ?? ""], { encoding: "utf8" });
    expect(JSON.parse(answer)).toMatchObject({ success: "true", items: [], total: 0 });

    const opensslLines = stdout.split("\n").filter((line) => /^\s+(q=|sig=|curl ")/.test(line));
    const script = opensslLines.map((line) => line.trim()).join("\n");
    const signedByHand = execFileSync("sh", ["-c", script], { encoding: "utf8" });
    expect(JSON.parse(signedByHand)).toMatchObject({ success: "true" });
  });

  it("prints the password and key once, and only the address on later starts", async () => {
    const first = await startServe(store);
    expect(first.stdout).toMatch(/Private key\s+[0-9a-f]{64}/);
    expect(await stopServe(first.child)).toBe(0);

    const second = await startServe(store);
    running = second.child;
    expect(second.stdout).not.toMatch(/Private key|Password/);
    expect(second.stdout).toMatch(/Flextory is listening on http:\/\/127\.0\.0\.1:\d+/);
  });

  it("never writes the password or the private key to the log", async () => {
    const child = spawn(process.execPath, [BIN, ...store.args, "serve", "--port", "0"]);
    running = child;
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("listening on")) resolve();
      });
    });
    const key = /Private key\s+([0-9a-f]{64})/.exec(stdout)?.[1] ?? "missing";
    const password = /Password\s+(\S+)/.exec(stdout)?.[1] ?? "missing";
    await stopServe(child);
    expect(stderr).toContain('"msg":"listening"');
    expect(stderr).not.toContain(key);
    expect(stderr).not.toContain(password);
  });
});
