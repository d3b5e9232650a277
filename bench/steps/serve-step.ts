import { setTimeout as sleep } from "node:timers/promises";
import { MemoryWatch, readMemory } from "../processes/memory-watch.js";
import { note } from "../progress.js";
import type { RequestSet } from "../reads/request-sets.js";
import { type HttpTiming, type LoadShape, timeHttp } from "../reads/time-http.js";
import { startFlextory } from "../server/flextory-server.js";
import { productNodeArgs, type WorkFolder } from "../work-folder.js";

/** Flextory's figures for one scenario, with the mean count of matches its answers gave. */
export interface ServerTiming extends HttpTiming {
  matches: number;
}

/** The server's resident memory: after start, at most under load, and its high-water mark. */
export interface ServerMemory {
  idleRssMb: number;
  loadRssMb: number;
  hwmMb: number;
}

/** Lets the server finish starting (JIT, first queries) before its idle memory is read. */
const SETTLE_MS = 500;

/** Starts `flextory serve` on the imported store and times every request set against it. */
export async function timeFlextory(
  work: WorkFolder,
  storeFlags: readonly string[],
  sets: readonly RequestSet[],
  load: LoadShape,
): Promise<{ timings: Map<string, ServerTiming>; memory: ServerMemory }> {
  const server = await startFlextory(storeFlags, work.serverLog, productNodeArgs(work, "serve"));
  note(`flextory serve listening on 127.0.0.1:${server.port}`);
  const timings = new Map<string, ServerTiming>();
  try {
    await sleep(SETTLE_MS);
    const idleRssMb = readMemory(server.pid)?.rssMb ?? Number.NaN;
    const watch = new MemoryWatch(server.pid);
    for (const set of sets) {
      const matches: number[] = [];
      const timing = await timeHttp(server.port, set, load, (body) =>
        matches.push(matchCount(body)),
      );
      const mean = matches.reduce((sum, count) => sum + count, 0) / matches.length;
      timings.set(set.scenario.key, { ...timing, matches: mean });
      note(`  flextory ${describe(set, timing)}`);
    }
    const peak = watch.stop();
    return { timings, memory: { idleRssMb, loadRssMb: peak.rssMb, hwmMb: peak.hwmMb } };
  } finally {
    await server.stop();
  }
}

/** A one-line account of a timing, for the progress lines. */
export function describe(set: RequestSet, timing: HttpTiming): string {
  const p50 = timing.p50Ms.toFixed(2);
  const rps = Math.round(timing.requestsPerSecond);
  return `${set.scenario.label}: p50 ${p50} ms, ${rps} req/s, ${timing.errors} errors`;
}

/** A search's `total`; a lookup by id or barcode found one item. */
function matchCount(body: string): number {
  const total = /"total":(\d+)/.exec(body)?.[1];
  return total === undefined ? 1 : Number(total);
}
