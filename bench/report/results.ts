import type { ProfileSummary } from "../profile/summarize-profile.js";
import type { ServerMemory } from "../steps/serve-step.js";

/** What was run, where, and with which sizes. */
export interface RunInfo {
  date: string;
  commit: string;
  /** Whether src/ had changes not yet committed. */
  sourceChanged: boolean;
  node: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  items: number;
  seed: number;
  /** `sqlite` or `postgres`. */
  store: string;
  /** The database and its version: `SQLite 3.50.4`, `PostgreSQL 15.20`. */
  storeVersion: string;
  quick: boolean;
  warmup: number;
  measured: number;
  seconds: number;
  connections: number;
  cpuProf: boolean;
  totalSeconds: number;
}

export interface ReadFigures {
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
}

/** One kind of read: Flextory beside its two limits. */
export interface ReadRow {
  key: string;
  query: string;
  /** Mean matches a request found (the answer's `total`; 1 for a lookup). */
  matches: number;
  answerBytes: number;
  flextory: ReadFigures & { errors: number };
  httpLimit: ReadFigures & { errors: number };
  storeLimit: ReadFigures;
  /** Whether the store limit's SQL was, statement for statement, what the store runs. */
  storeSqlIsTheStores: boolean;
  /** Flextory's p50 ÷ (HTTP p50 + store p50): times the least a server could take. */
  p50OverLimits: number;
  /** Flextory's requests/s ÷ each limit's. */
  throughputOfHttp: number;
  throughputOfStore: number;
}

/** An import or export: Flextory's child process beside the store's limit. */
export interface TransferRow {
  step: string;
  items: number;
  seconds: number;
  itemsPerSecond: number;
  peakRssMb: number;
  bytes: number;
  limit: string;
  limitItemsPerSecond: number;
  /** Flextory's items/s ÷ the limit's. */
  ofLimit: number;
}

export interface BenchResults {
  run: RunInfo;
  inventory: {
    items: number;
    csvBytes: number;
    seconds: number;
    links: number;
    linkSeconds: number;
  };
  transfers: TransferRow[];
  server: ServerMemory;
  reads: ReadRow[];
  profiles: ProfileSummary[];
}
