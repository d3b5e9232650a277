import path from "node:path";
import { note } from "../progress.js";
import type { RequestSet } from "../reads/request-sets.js";
import { type HttpTiming, type LoadShape, timeHttp } from "../reads/time-http.js";
import { type RunningServer, startServer } from "../server/start-server.js";
import { describe } from "./serve-step.js";

const BARE_SERVER = path.join(import.meta.dirname, "..", "server", "bare-server.ts");

/**
 * The HTTP limit of each scenario: a bare Fastify server answering a body
 * of the size Flextory's answers had, sent the same requests the same way.
 */
export async function timeBareHttp(
  sets: readonly RequestSet[],
  answerBytes: ReadonlyMap<string, number>,
  load: LoadShape,
): Promise<Map<string, HttpTiming>> {
  const server = await startServer(BARE_SERVER, [], {
    nodeArgs: ["--import", "tsx"],
    stdinPipe: true,
  });
  const timings = new Map<string, HttpTiming>();
  try {
    for (const set of sets) {
      await setBodySize(server, Math.round(answerBytes.get(set.scenario.key) ?? 0));
      const timing = await timeHttp(server.port, set, load);
      timings.set(set.scenario.key, timing);
      note(`  bare HTTP ${describe(set, timing)}`);
    }
  } finally {
    await server.stop();
  }
  return timings;
}

async function setBodySize(server: RunningServer, bytes: number): Promise<void> {
  const done = server.waitForLine(new RegExp(`^body ${bytes}$`));
  server.child.stdin?.write(`${bytes}\n`);
  await done;
}
