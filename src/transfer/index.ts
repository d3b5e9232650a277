/**
 * Import and export of items: CSV as spreadsheets save it, and JSON or
 * NDJSON in the API's item form. Every write goes through the item service.
 */
export {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  exportItems,
} from "./export-items.js";
export { formatImportReport, type ReportTextOptions } from "./format-report.js";
export {
  ATTRIBUTE_PREFIX,
  EXPORT_HEADERS,
  HEADER_SYNONYMS,
  type ReservedColumn,
} from "./header-map.js";
export { headerMappingMarkdown } from "./header-mapping-doc.js";
export { importCsv } from "./import-csv.js";
export { importFile, JSON_EXTENSIONS } from "./import-file.js";
export { importJson } from "./import-json.js";
export {
  type CsvImportOptions,
  DEFAULT_BATCH_SIZE,
  type ImportOptions,
} from "./import-options.js";
export type {
  DuplicateHeader,
  FlagGroup,
  FlaggedValue,
  FlagReason,
  ImportFormat,
  ImportReport,
  RefusedRow,
  RepairedValue,
  RepairGroup,
  RepeatedBarcode,
} from "./import-report.js";
export { REPORT_DETAIL_LIMIT } from "./report-records.js";
export type { ValueGroup } from "./value-groups.js";
