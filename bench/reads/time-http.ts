import { measureLatency, warmUp } from "./latency.js";
import type { RequestSet } from "./request-sets.js";
import { measureThroughput } from "./throughput.js";

/** How the reads are sent: warm-up, counts, the length of throughput runs, their connections. */
export interface LoadShape {
  /** Seconds of requests in turn before anything is measured, so every target is hot. */
  warmupSeconds: number;
  /** Requests of the sequence sent before its measured ones. */
  warmup: number;
  seconds: number;
  connections: number;
}

/** One target's figures for one scenario. */
export interface HttpTiming {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  /** Failed answers, of either measurement. */
  errors: number;
  answerBytes: number;
}

/**
 * A warm-up, then latency from one connection, then throughput from many,
 * of one request set against the server on `port`. `onBody` sees each
 * measured answer.
 */
export async function timeHttp(
  port: number,
  set: RequestSet,
  load: LoadShape,
  onBody?: (body: string) => void,
): Promise<HttpTiming> {
  await warmUp(port, set.cyclePaths, load.warmupSeconds);
  const latency = await measureLatency(port, set.sequencePaths, load.warmup, onBody);
  const throughput = await measureThroughput(port, set.cyclePaths, load.seconds, load.connections);
  return {
    p50Ms: latency.p50Ms,
    p99Ms: latency.p99Ms,
    requestsPerSecond: throughput.requestsPerSecond,
    errors: latency.errors + throughput.errors,
    answerBytes: latency.answerBytes,
  };
}
