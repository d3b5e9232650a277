import { percentile } from "../../reads/percentile.js";
import type { ReadRequest } from "../../reads/read-request.js";
import type { RequestSet } from "../../reads/request-sets.js";
import type { LoadShape } from "../../reads/time-http.js";
import type { StoreTiming } from "../limit-reader.js";
import type { PostgresStoreReader } from "./store-reader.js";

/**
 * A warm-up on every connection, then latency from the set's sequence one
 * request after another on the first (its first `warmup` unmeasured), then
 * throughput from every connection at once for `seconds`. PostgreSQL
 * answers each connection in a process of its own, so the limit uses as
 * many connections as the server's pool and its clients.
 */
export async function timeStoreReads(
  readers: readonly PostgresStoreReader[],
  set: RequestSet,
  load: LoadShape,
): Promise<StoreTiming> {
  await cycleFor(readers, set.cycle, load.warmupSeconds, set.cycle.length);
  const [first] = readers;
  if (first === undefined) throw new Error("the store limit has no connection");
  const times: number[] = [];
  for (const [index, request] of set.sequence.entries()) {
    const started = process.hrtime.bigint();
    await first.read(request);
    if (index >= load.warmup) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return {
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    requestsPerSecond: await cycleFor(readers, set.cycle, load.seconds),
  };
}

/**
 * Every reader goes through `cycle`, each from another point of it, for
 * `seconds` or until `most` reads are done between them; reads per second.
 */
async function cycleFor(
  readers: readonly PostgresStoreReader[],
  cycle: readonly ReadRequest[],
  seconds: number,
  most = Number.POSITIVE_INFINITY,
): Promise<number> {
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  const spacing = Math.max(1, Math.floor(cycle.length / readers.length));
  let done = 0;
  const readOn = async (reader: PostgresStoreReader, start: number) => {
    for (let next = start; done < most && process.hrtime.bigint() - started < budget; next++) {
      const request = cycle[next % cycle.length];
      if (request === undefined) break;
      await reader.read(request);
      done++;
    }
  };
  await Promise.all(readers.map((reader, index) => readOn(reader, index * spacing)));
  return done / (Number(process.hrtime.bigint() - started) / 1e9);
}
