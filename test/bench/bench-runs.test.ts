import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SCENARIOS } from "../../bench/reads/scenarios.js";
import type { BenchResults } from "../../bench/report/results.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ITEMS = 2000;
const out = fs.mkdtempSync(path.join(os.tmpdir(), "flextory-bench-test-"));

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** Runs the benchmark as `npm run bench` does, on the build that `npm test` made. */
function runBench(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/main.ts", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stderr }));
  });
}

function expectPositive(values: Record<string, number>): void {
  for (const [name, value] of Object.entries(values)) {
    expect(Number.isFinite(value) && value > 0, `${name} is ${value}`).toBe(true);
  }
}

describe("npm run bench", () => {
  it("writes every row with its numbers, and times the store's own SQL", async () => {
    const run = await runBench(["--items", String(ITEMS), "--quick", "--out", out]);
    expect(run.code, run.stderr).toBe(0);

    const results = JSON.parse(
      fs.readFileSync(path.join(out, "latest.json"), "utf8"),
    ) as BenchResults;
    expect(results.run.items).toBe(ITEMS);
    expect(results.reads.map((row) => row.key)).toEqual(SCENARIOS.map((s) => s.key));
    for (const row of results.reads) {
      const { flextory, httpLimit, storeLimit } = row;
      expectPositive({ answerBytes: row.answerBytes, p50OverLimits: row.p50OverLimits });
      expectPositive({ ...flextory, errors: 1 + flextory.errors });
      expectPositive({ ...httpLimit, errors: 1 + httpLimit.errors });
      expectPositive({ ...storeLimit });
      expectPositive({ http: row.throughputOfHttp, store: row.throughputOfStore });
      expect(flextory.errors + httpLimit.errors, row.key).toBe(0);
      expect(
        row.storeSqlIsTheStores,
        `${row.key}: bench/limits runs other SQL than the store`,
      ).toBe(true);
    }

    expect(results.transfers.map((row) => row.step)).toEqual([
      "import CSV",
      "export CSV",
      "export NDJSON",
    ]);
    for (const { step, limit, ...figures } of results.transfers) expectPositive(figures);
    expectPositive({ ...results.server });

    const table = fs.readFileSync(path.join(out, "latest.md"), "utf8");
    for (const scenario of SCENARIOS) expect(table).toContain(`\`${scenario.label}\``);
  }, 150_000);
});
