import path from "node:path";

/** Flextory's settings, read once at start from flags and `FLEXTORY_*` variables. */
export interface Config {
  /** Folder of the embedded SQLite store. Default `./data`. */
  readonly dataDir: string;
  /**
   * A `postgres://` URL: when set, the store is this PostgreSQL database
   * instead of SQLite in `dataDir`. Holds a password; never printed whole.
   */
  readonly databaseUrl: string | undefined;
  /** Connections each process keeps open to PostgreSQL. Default 10. */
  readonly databasePoolSize: number;
  /** Address the server listens on. Default `127.0.0.1`, this machine only. */
  readonly host: string;
  /** TCP port. Default 8080. */
  readonly port: number;
  /** Log level: `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`. */
  readonly logLevel: string;
  /** Signed requests a user may make per minute on one server; 0 for no limit. */
  readonly rateLimitPerMinute: number;
}

export const DEFAULTS = {
  dataDir: "data",
  host: "127.0.0.1",
  port: 8080,
  logLevel: "info",
  rateLimitPerMinute: 0,
  databasePoolSize: 10,
} as const;

/** What `--help` prints about the environment: name, meaning, default. */
export const ENVIRONMENT_HELP: ReadonlyArray<readonly [string, string, string]> = [
  ["FLEXTORY_DATA_DIR", "folder of the SQLite store", `./${DEFAULTS.dataDir}`],
  ["FLEXTORY_DATABASE_URL", "postgres://… to keep the store in PostgreSQL", "none: SQLite"],
  ["FLEXTORY_DATABASE_POOL", "connections to PostgreSQL per process", "10"],
  ["FLEXTORY_HOST", "address to listen on (0.0.0.0 for every interface)", DEFAULTS.host],
  ["FLEXTORY_PORT", "TCP port", String(DEFAULTS.port)],
  ["FLEXTORY_LOG_LEVEL", "fatal, error, warn, info, debug, trace or silent", DEFAULTS.logLevel],
  ["FLEXTORY_RATE_LIMIT", "signed requests per user per minute, 0 for none", "0"],
];

/** How a PostgreSQL URL starts; any other place names a SQLite folder. */
const DATABASE_URL = /^postgres(ql)?:\/\//;

const LOG_LEVELS = new Set(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

/** Flags given on the command line; each wins over its environment variable. */
export interface ConfigFlags {
  data?: string | undefined;
  database?: string | undefined;
  host?: string | undefined;
  port?: string | number | undefined;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and checks the settings; the result is frozen. */
export function loadConfig(flags: ConfigFlags = {}, env = process.env): Config {
  const config: Config = {
    dataDir: path.resolve(flags.data ?? env.FLEXTORY_DATA_DIR ?? DEFAULTS.dataDir),
    databaseUrl: readDatabaseUrl(flags, env),
    databasePoolSize: readInteger(
      "FLEXTORY_DATABASE_POOL",
      env.FLEXTORY_DATABASE_POOL,
      DEFAULTS.databasePoolSize,
      1,
      1000,
    ),
    host: flags.host ?? env.FLEXTORY_HOST ?? DEFAULTS.host,
    port: readInteger("port", flags.port ?? env.FLEXTORY_PORT, DEFAULTS.port, 0, 65535),
    logLevel: readLogLevel(env.FLEXTORY_LOG_LEVEL),
    rateLimitPerMinute: readInteger(
      "FLEXTORY_RATE_LIMIT",
      env.FLEXTORY_RATE_LIMIT,
      DEFAULTS.rateLimitPerMinute,
      0,
      1_000_000,
    ),
  };
  return Object.freeze(config);
}

function readInteger(
  name: string,
  raw: string | number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined || raw === "") return fallback;
  const value = typeof raw === "number" ? raw : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function readLogLevel(raw: string | undefined): string {
  if (raw === undefined || raw === "") return DEFAULTS.logLevel;
  if (!LOG_LEVELS.has(raw)) {
    throw new ConfigError(`FLEXTORY_LOG_LEVEL must be one of ${[...LOG_LEVELS].join(", ")}`);
  }
  return raw;
}

/**
 * The flags that name one store given as a single place, as `copy-store`
 * takes it: a `postgres://` or `postgresql://` URL is PostgreSQL, anything
 * else the folder of a SQLite store.
 */
export function placeFlags(place: string): ConfigFlags {
  return DATABASE_URL.test(place) ? { database: place } : { data: place };
}

/**
 * `--database`, else `FLEXTORY_DATABASE_URL`, unless `--data` names a SQLite
 * folder on the command line: a flag always wins over the environment.
 */
function readDatabaseUrl(flags: ConfigFlags, env: NodeJS.ProcessEnv): string | undefined {
  const raw = flags.database ?? (flags.data === undefined ? env.FLEXTORY_DATABASE_URL : undefined);
  if (raw === undefined || raw === "") return undefined;
  if (!DATABASE_URL.test(raw)) {
    throw new ConfigError(
      `the database URL must start with postgres:// or postgresql://, not "${redactUrl(raw)}"`,
    );
  }
  if (flags.database !== undefined && flags.data !== undefined) {
    throw new ConfigError("give --data (SQLite) or --database (PostgreSQL), not both");
  }
  return raw;
}

/**
 * A database URL fit to print: the password, given before the host or as
 * a `password` parameter, is replaced by `***`. A URL that does not parse
 * is shown only as far as its scheme.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${url.split("://", 1)[0]}://***`;
  }
  if (parsed.password !== "") parsed.password = "***";
  if (parsed.searchParams.has("password")) parsed.searchParams.set("password", "***");
  return parsed.toString();
}

/** Where the store is, as a person reads it: the folder or the redacted URL. */
export function storeLocation(config: Config): string {
  return config.databaseUrl === undefined ? config.dataDir : redactUrl(config.databaseUrl);
}
