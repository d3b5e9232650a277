export { JsonObject, type JsonValue, parseOrderedJson, toPlain } from "../json/ordered-json.js";
export { FlextoryApiError, FlextoryClientError } from "./errors.js";
export {
  API_PATHS,
  FlextoryClient,
  type FlextoryClientOptions,
  MAX_ITEMS_WANTED,
} from "./flextory-client.js";
export { formatJson } from "./format-json.js";
export { buildQuery, type ParameterValue, type QueryParameters } from "./query.js";
export type {
  Answer,
  Attribute,
  AttributeInput,
  CatalogEntry,
  CatalogRef,
  ChangeResult,
  Item,
  ItemEdit,
  NewItem,
  SearchFilters,
  SearchOptions,
  SearchPage,
} from "./types.js";
