import type { LimitReader, StoreTiming } from "../limits/limit-reader.js";
import { firstDifference } from "../limits/statement.js";
import { note } from "../progress.js";
import type { RequestSet } from "../reads/request-sets.js";
import type { LoadShape } from "../reads/time-http.js";

/** The store's limit of a scenario, and whether its SQL is the store's own. */
export interface StoreLimit extends StoreTiming {
  sameSql: boolean;
}

/** Requests of each scenario whose statements are compared with the store's. */
const CHECKED_REQUESTS = 3;

/**
 * The store's limit of each scenario: its SQL alone, on the imported store.
 * First, the bench's SQL is checked against the statements the store itself
 * runs for the same requests: a limit of other SQL would mislead.
 */
export async function timeStoreLimit(
  reader: LimitReader,
  sets: readonly RequestSet[],
  load: LoadShape,
): Promise<Map<string, StoreLimit>> {
  const limits = new Map<string, StoreLimit>();
  try {
    for (const set of sets) {
      const sameSql = await checkSql(reader, set);
      const timing = await reader.time(set, load);
      limits.set(set.scenario.key, { ...timing, sameSql });
      const p50 = timing.p50Ms.toFixed(3);
      note(
        `  store ${set.scenario.label}: p50 ${p50} ms, ${Math.round(timing.requestsPerSecond)}/s`,
      );
    }
  } finally {
    await reader.close();
  }
  return limits;
}

async function checkSql(reader: LimitReader, set: RequestSet): Promise<boolean> {
  for (const request of set.sequence.slice(0, CHECKED_REQUESTS)) {
    const difference = firstDifference(
      await reader.traced(request),
      await reader.productStatements(request),
    );
    if (difference === undefined) continue;
    note(`  store SQL of ${set.scenario.key} is not the store's own; bench/limits needs updating:`);
    note(`    bench: ${JSON.stringify(difference.ours)}`);
    note(`    store: ${JSON.stringify(difference.theirs)}`);
    return false;
  }
  return true;
}
