import path from "node:path";
import { DATABASE_FILE } from "../../dist/store/open-store.js";
import { type StoreTiming, timeStoreReads } from "../limits/store-read-timing.js";
import { StoreReader } from "../limits/store-reader.js";
import { note } from "../progress.js";
import type { RequestSet } from "../reads/request-sets.js";
import type { Signer } from "../reads/signed-path.js";
import type { LoadShape } from "../reads/time-http.js";

/** The store's limit of each scenario: its SQL alone, on the imported store's file. */
export function timeStoreLimit(
  dataDir: string,
  sets: readonly RequestSet[],
  signer: Signer,
  load: LoadShape,
): Map<string, StoreTiming> {
  const reader = new StoreReader(path.join(dataDir, DATABASE_FILE), signer.userName);
  const timings = new Map<string, StoreTiming>();
  try {
    for (const set of sets) {
      const timing = timeStoreReads(reader, set, load);
      timings.set(set.scenario.key, timing);
      const p50 = timing.p50Ms.toFixed(3);
      note(
        `  store ${set.scenario.label}: p50 ${p50} ms, ${Math.round(timing.requestsPerSecond)}/s`,
      );
    }
  } finally {
    reader.close();
  }
  return timings;
}
