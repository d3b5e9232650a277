import http from "node:http";
import { mean, percentile } from "./percentile.js";

/** One connection's view: each request sent when the answer to the one before is in. */
export interface LatencyResult {
  p50Ms: number;
  p99Ms: number;
  /** Mean size of the measured answers' bodies. */
  answerBytes: number;
  /** Answers that were not 200. */
  errors: number;
}

/** No request of a run may take longer; a slower one fails the run. */
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * Sends `paths` one after another on one kept-alive connection; the first
 * `warmup` are not measured. `onBody` sees each measured answer, after its
 * time is taken.
 */
export async function measureLatency(
  port: number,
  paths: readonly string[],
  warmup: number,
  onBody?: (body: string) => void,
): Promise<LatencyResult> {
  const times: number[] = [];
  const sizes: number[] = [];
  let errors = 0;
  await sendInTurn(port, paths, Number.POSITIVE_INFINITY, (index, ms, answer) => {
    if (index < warmup) return;
    times.push(ms);
    sizes.push(answer.body.length);
    if (answer.status !== 200) errors++;
    onBody?.(answer.body.toString("utf8"));
  });
  const [p50Ms, p99Ms] = [percentile(times, 0.5), percentile(times, 0.99)];
  return { p50Ms, p99Ms, answerBytes: mean(sizes), errors };
}

/**
 * Sends `paths` one after another until they are all sent or `seconds`
 * have passed, unmeasured: the server's code gets hot before it is timed.
 */
export async function warmUp(
  port: number,
  paths: readonly string[],
  seconds: number,
): Promise<void> {
  await sendInTurn(port, paths, seconds, () => undefined);
}

interface Answer {
  status: number;
  body: Buffer;
}

async function sendInTurn(
  port: number,
  paths: readonly string[],
  seconds: number,
  onAnswer: (index: number, ms: number, answer: Answer) => void,
): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const deadline = performance.now() + seconds * 1000;
  try {
    for (const [index, path] of paths.entries()) {
      if (performance.now() >= deadline) break;
      const started = process.hrtime.bigint();
      const answer = await get(agent, port, path);
      onAnswer(index, Number(process.hrtime.bigint() - started) / 1e6, answer);
    }
  } finally {
    agent.destroy();
  }
}

function get(agent: http.Agent, port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) });
      });
    });
    request.on("error", reject);
    request.setTimeout(REQUEST_TIMEOUT_MS, () => {
      request.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s to ${path}`));
    });
  });
}
