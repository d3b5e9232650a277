import type { RequestSet } from "../reads/request-sets.js";
import type { HttpTiming } from "../reads/time-http.js";
import type { ChildFigures } from "../steps/import-step.js";
import type { ServerTiming } from "../steps/serve-step.js";
import type { StoreLimit } from "../steps/store-limit-step.js";
import type { ReadRow, TransferRow } from "./results.js";

/** The three measurements of every scenario, by its key. */
export interface ReadTimings {
  flextory: ReadonlyMap<string, ServerTiming>;
  http: ReadonlyMap<string, HttpTiming>;
  store: ReadonlyMap<string, StoreLimit>;
}

/** One row per scenario; a scenario missing a measurement is a fault of the run. */
export function readRows(sets: readonly RequestSet[], timings: ReadTimings): ReadRow[] {
  return sets.map(({ scenario }) => {
    const ours = found(timings.flextory, scenario.key);
    const http = found(timings.http, scenario.key);
    const store = found(timings.store, scenario.key);
    return {
      key: scenario.key,
      query: scenario.label,
      matches: ours.matches,
      answerBytes: ours.answerBytes,
      flextory: figures(ours),
      httpLimit: figures(http),
      storeLimit: {
        p50Ms: store.p50Ms,
        p99Ms: store.p99Ms,
        requestsPerSecond: store.requestsPerSecond,
      },
      storeSqlIsTheStores: store.sameSql,
      p50OverLimits: ours.p50Ms / (http.p50Ms + store.p50Ms),
      throughputOfHttp: ours.requestsPerSecond / http.requestsPerSecond,
      throughputOfStore: ours.requestsPerSecond / store.requestsPerSecond,
    };
  });
}

/** An import or export row, beside the limit it is held to. */
export function transferRow(
  step: string,
  figures: ChildFigures & { bytes: number },
  limit: { name: string; itemsPerSecond: number },
): TransferRow {
  const { items, seconds, itemsPerSecond, peakRssMb, bytes } = figures;
  return {
    step,
    items,
    seconds,
    itemsPerSecond,
    peakRssMb,
    bytes,
    limit: limit.name,
    limitItemsPerSecond: limit.itemsPerSecond,
    ofLimit: figures.itemsPerSecond / limit.itemsPerSecond,
  };
}

function figures(timing: HttpTiming) {
  const { p50Ms, p99Ms, requestsPerSecond, errors } = timing;
  return { p50Ms, p99Ms, requestsPerSecond, errors };
}

function found<T>(timings: ReadonlyMap<string, T>, key: string): T {
  const timing = timings.get(key);
  if (timing === undefined) throw new Error(`no measurement of ${key}`);
  return timing;
}
