import { percentile } from "../../reads/percentile.js";
import type { ReadRequest } from "../../reads/read-request.js";
import type { RequestSet } from "../../reads/request-sets.js";
import type { LoadShape } from "../../reads/time-http.js";
import type { StoreTiming } from "../limit-reader.js";
import type { StoreReader } from "./store-reader.js";

/**
 * A warm-up, then latency from the set's sequence one request after another
 * (its first `warmup` unmeasured), then throughput from cycling through the
 * set for `seconds`. One thread is the whole store: better-sqlite3 answers
 * synchronously, as it does inside the server, so concurrency adds nothing.
 */
export function timeStoreReads(reader: StoreReader, set: RequestSet, load: LoadShape): StoreTiming {
  cycleFor(reader, set.cycle, load.warmupSeconds, set.cycle.length);
  const times: number[] = [];
  for (const [index, request] of set.sequence.entries()) {
    const started = process.hrtime.bigint();
    reader.read(request);
    if (index >= load.warmup) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return {
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    requestsPerSecond: cycleFor(reader, set.cycle, load.seconds),
  };
}

/** Reads through `cycle` again and again for `seconds`, or `most` reads; reads per second. */
function cycleFor(
  reader: StoreReader,
  cycle: readonly ReadRequest[],
  seconds: number,
  most = Number.POSITIVE_INFINITY,
): number {
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let done = 0;
  while (done < most && process.hrtime.bigint() - started < budget) {
    const request = cycle[done % cycle.length];
    if (request === undefined) break;
    reader.read(request);
    done++;
  }
  return done / (Number(process.hrtime.bigint() - started) / 1e9);
}
