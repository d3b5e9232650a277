import { badRequest } from "../errors/codes.js";
import type { ColumnOverrides } from "./column-plan.js";
import { canonicalEncoding } from "./encoding-name.js";
import { RESERVED_COLUMNS } from "./header-map.js";

/** Rows written per transaction unless told otherwise. */
export const DEFAULT_BATCH_SIZE = 1000;
/** More rows than this per transaction would hold the write lock too long. */
export const MAX_BATCH_SIZE = 100_000;

/** How to run an import; every field may be left out. */
export interface ImportOptions {
  /**
   * Count what would change, and change nothing. The whole run is one
   * transaction, rolled back at the end, so that later rows see what
   * earlier ones would have written; other writers wait while it runs.
   */
  dryRun?: boolean;
  /** The file's encoding, when detection should not choose it (e.g. `windows-1252`). */
  encoding?: string;
  /** Rows per transaction; 1000 by default. */
  batchSize?: number;
  /** Called after each batch with the number of rows read so far. */
  onProgress?: (rowsDone: number) => void;
}

/** CSV only: the header that holds each reserved column, overriding the usual headers. */
export interface CsvImportOptions extends ImportOptions {
  columns?: ColumnOverrides;
}

export interface ImportSettings {
  readonly dryRun: boolean;
  readonly encoding: string | undefined;
  readonly batchSize: number;
  readonly onProgress: ((rowsDone: number) => void) | undefined;
  readonly columns: Readonly<ColumnOverrides>;
}

/** Checks options once, before anything is read; the settings are frozen. */
export function checkImportOptions(options: CsvImportOptions): ImportSettings {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
    throw badRequest(
      `batchSize must be a whole number from 1 to ${MAX_BATCH_SIZE}, not ${batchSize}`,
    );
  }
  return Object.freeze({
    dryRun: options.dryRun ?? false,
    encoding: options.encoding === undefined ? undefined : canonicalEncoding(options.encoding),
    batchSize,
    onProgress: options.onProgress,
    columns: Object.freeze(checkColumns(options.columns ?? {})),
  });
}

function checkColumns(columns: ColumnOverrides): ColumnOverrides {
  const checked: ColumnOverrides = {};
  for (const column of RESERVED_COLUMNS) {
    const header = columns[column];
    if (header === undefined) continue;
    if (header.trim() === "") throw badRequest(`the column given for ${column} is empty`);
    checked[column] = header;
  }
  return checked;
}
