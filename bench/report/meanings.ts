/** What each figure of the report means, with the store's limits as that store measures them. */
export function meanings(store: string): string {
  const postgres = store === "postgres";
  return [
    "## What the figures mean",
    "",
    ...(postgres ? POSTGRES_TRANSFERS : SQLITE_TRANSFERS),
    "- **p50, p99**: time from sending a request to the end of its answer, on one kept-alive",
    "  connection, each request varied (other ids, barcodes, patterns) by the seed.",
    "- **HTTP limit**: a bare Fastify server with one route answering a constant body of the mean",
    "  size of Flextory's answers to that query, sent the same requests by the same client.",
    "- **store limit**: the SQL that the store runs for the request (the user's lookup, the count,",
    ...(postgres ? POSTGRES_READS : SQLITE_READS),
    "  Each run first checks, on three requests of each kind, that these statements and their",
    "  values are the ones the store's query builder runs.",
    "- **p50 ÷ limits**: Flextory's p50 over the sum of both limits' p50, the least any server",
    "  doing both could take; what is above ×1 is Flextory's own work (signature, parsing, query",
    "  builder, JSON, logging).",
    "- **of HTTP, of store**: Flextory's requests/s as a share of each limit's.",
    ...(postgres ? POSTGRES_SETTLED : []),
  ].join("\n");
}

const IMPORT = [
  "- **import**: `flextory import` of the CSV as a child process on a fresh store, start to exit;",
  "  peak RSS is the child's own high-water mark (VmHWM). Its limit: the same rows inserted into",
];
const EXPORT =
  "- **export**: `flextory export --out FILE` as a child process. Its limit: every item,";

const SQLITE_TRANSFERS = [
  ...IMPORT,
  "  the same tables and indexes (the app's migrations) with prepared statements in one",
  "  transaction, timing SQLite alone.",
  EXPORT,
  "  attribute and link read once, in order, with three prepared statements.",
];

const POSTGRES_TRANSFERS = [
  ...IMPORT,
  "  the same tables and indexes (the app's migrations, in a schema of their own) in one",
  "  transaction, a thousand items a statement (two prepared statements that unnest an array",
  "  per column), timing PostgreSQL and the round trips to it alone.",
  EXPORT,
  "  attribute and link read once, in order, through three cursors on one snapshot.",
];

const SQLITE_READS = [
  "  the page, the items' rows, attributes and links), by hand through better-sqlite3 prepared",
  "  statements on the same file, in this process; its req/s is one thread back to back.",
];

const POSTGRES_READS = [
  "  the page, the items' rows, attributes and links), by hand through `pg` statements prepared",
  "  once by name on the same database, from this process; latency on one connection, req/s",
  "  from as many connections at once as the server's pool and its clients have.",
];

const POSTGRES_SETTLED = [
  "- **settled**: reads, limits and exports run after `vacuum (analyze)` of the imported store,",
  "  which autovacuum runs on its own soon after such a load; without statistics, PostgreSQL",
  "  plans searches as if the account held a few hundred rows.",
];
