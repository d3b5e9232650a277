import autocannon from "autocannon";

export interface ThroughputResult {
  /** 200 answers per second of the run. */
  requestsPerSecond: number;
  /** Answers that were not 2xx, connection errors and timeouts. */
  errors: number;
}

/** A request queued behind nine slow searches may wait this long before it counts as failed. */
const REQUEST_TIMEOUT_SECONDS = 120;

/**
 * Sends `paths` from `connections` connections at once for `seconds`, each
 * connection as fast as its answers come. Each connection starts at another
 * point of the list, so that they do not all ask for the same item at once.
 */
export async function measureThroughput(
  port: number,
  paths: readonly string[],
  seconds: number,
  connections: number,
): Promise<ThroughputResult> {
  const requests = paths.map((path) => ({ method: "GET" as const, path }));
  const step = Math.max(1, Math.floor(requests.length / connections));
  let started = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    requests,
    setupClient: (client) => {
      const start = (started++ * step) % requests.length;
      client.setRequests([...requests.slice(start), ...requests.slice(0, start)]);
    },
  });
  return {
    requestsPerSecond: result["2xx"] / result.duration,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
