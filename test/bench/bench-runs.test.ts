import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCENARIOS } from "../../bench/reads/scenarios.js";
import type { BenchResults } from "../../bench/report/results.js";
import { isRunning } from "../support/running.js";
import { ON_POSTGRES, TEST_DATABASE_URL, withAdmin } from "../support/test-store.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ITEMS = 2000;
const STORE = ON_POSTGRES ? "postgres" : "sqlite";
const out = fs.mkdtempSync(path.join(os.tmpdir(), "flextory-bench-test-"));

/** Databases of this test start so; the pid after it tells whose a database was. */
const DATABASE_PREFIX = "flextory_bench_test_";

/**
 * A database of this run's own on the test server, which the bench makes
 * and drops: parallel runs of the suite never share one.
 */
function benchDatabaseUrl(): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${DATABASE_PREFIX}${process.pid}_${Date.now().toString(36)}`;
  url.search = "";
  return url.toString();
}

/** Drops what a killed run of this test left: databases of a process that is gone. */
async function dropLeftDatabases(): Promise<void> {
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      "select datname as name from pg_database where starts_with(datname, $1)",
      [DATABASE_PREFIX],
    );
    for (const { name } of rows) {
      const pid = Number(name.slice(DATABASE_PREFIX.length).split("_")[0]);
      if (!isRunning(pid)) await client.query(`drop database if exists "${name}" with (force)`);
    }
  });
}

beforeAll(async () => {
  if (ON_POSTGRES) await dropLeftDatabases();
});
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

describe(`npm run bench on ${STORE}`, () => {
  it("writes every row with its numbers, and times the store's own SQL", async () => {
    const store = ON_POSTGRES ? ["--store", STORE, "--database", benchDatabaseUrl()] : [];
    const run = await runBench(["--items", String(ITEMS), "--quick", "--out", out, ...store]);
    expect(run.code, run.stderr).toBe(0);

    const results = JSON.parse(
      fs.readFileSync(path.join(out, `latest-${STORE}.json`), "utf8"),
    ) as BenchResults;
    expect(results.run.items).toBe(ITEMS);
    expect(results.run.store).toBe(STORE);
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

    const table = fs.readFileSync(path.join(out, `latest-${STORE}.md`), "utf8");
    for (const scenario of SCENARIOS) expect(table).toContain(`\`${scenario.label}\``);
  }, 300_000);
});
