import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BenchResults, ReadRow, RunInfo } from "../../bench/report/results.js";
import { SIDE_BY_SIDE_FILE, writeSideBySide } from "../../bench/report/side-by-side.js";

let out: string;
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "flextory-side-by-side-"));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

const FIGURES = { p50Ms: 1, p99Ms: 2, requestsPerSecond: 100, errors: 0 };

/** A run's results with one read whose p50 is `p50Ms`; the rest is what any run has. */
function results(run: Partial<RunInfo>, p50Ms: number): BenchResults {
  const read: ReadRow = {
    key: "id",
    query: "id=N",
    matches: 1,
    answerBytes: 500,
    flextory: { ...FIGURES, p50Ms },
    httpLimit: FIGURES,
    storeLimit: FIGURES,
    storeSqlIsTheStores: true,
    p50OverLimits: 1,
    throughputOfHttp: 1,
    throughputOfStore: 1,
  };
  const transfer = { step: "import CSV", items: 2000, seconds: 1, itemsPerSecond: 2000 };
  return {
    run: {
      ...{ date: "2026-01-01T00:00:00.000Z", commit: "abc1234", sourceChanged: false },
      ...{ node: "v20", cpu: "cpu", cores: 2, memoryGb: 4, items: 2000, seed: 1 },
      ...{ store: "sqlite", storeVersion: "SQLite 3", quick: true, warmup: 5, measured: 50 },
      ...{ seconds: 1, connections: 10, cpuProf: false, totalSeconds: 30 },
      ...run,
    },
    inventory: { items: 2000, csvBytes: 1, seconds: 1, links: 20, linkSeconds: 0 },
    transfers: [
      {
        ...transfer,
        peakRssMb: 100,
        bytes: 1,
        limit: "store",
        limitItemsPerSecond: 4000,
        ofLimit: 0.5,
      },
    ],
    server: { idleRssMb: 90, loadRssMb: 120, hwmMb: 120 },
    reads: [read],
    profiles: [],
  };
}

function save(name: string, saved: BenchResults): void {
  fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(saved));
}

describe("npm run bench -- --compare", () => {
  it("sets the newest PostgreSQL run beside the newest SQLite run of the same items", () => {
    save("old-sqlite", results({ date: "2026-01-01T00:00:00.000Z" }, 9));
    save("new-sqlite", results({ date: "2026-01-02T00:00:00.000Z" }, 1));
    save("other-size", results({ date: "2026-01-04T00:00:00.000Z", items: 5000 }, 7));
    const postgres = { store: "postgres", storeVersion: "PostgreSQL 15.20" };
    save("postgres", results({ ...postgres, date: "2026-01-03T00:00:00.000Z" }, 3));

    const markdown = writeSideBySide({ items: undefined, seed: undefined, out });

    expect(markdown).toContain("# Flextory benchmark: 2,000 items, SQLite beside PostgreSQL");
    expect(markdown).toContain("| `id=N` | 1 | 1.00 | 3.00 | ×3.0 |");
    expect(fs.readFileSync(path.join(out, SIDE_BY_SIDE_FILE), "utf8")).toBe(markdown);
  });

  it("names the runs the folder holds when no two stores ran the same items", () => {
    save("sqlite", results({}, 1));
    save("postgres", results({ store: "postgres", items: 5000 }, 1));

    expect(() => writeSideBySide({ items: undefined, seed: undefined, out })).toThrow(
      /it holds: postgres 5000 items seed 1; sqlite 2000 items seed 1/,
    );
  });
});
