import fs from "node:fs";
import {
  type Config,
  ConfigError,
  loadConfig,
  placeFlags,
  storeLocation,
} from "../config/config.js";
import { badRequest } from "../errors/codes.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

/** A store named by one value, as `--from` and `--to` give it. */
export interface StorePlace {
  /** The option that named it, for messages. */
  flag: string;
  config: Config;
  /** The folder or the URL with its password hidden: fit to print. */
  shown: string;
}

/** Reads a place: a `postgres://` URL is PostgreSQL, anything else a SQLite folder. */
export function readPlace(flag: string, value: string): StorePlace {
  if (value.trim() === "") {
    throw badRequest(`${flag} must name a SQLite data folder or a postgres:// URL`);
  }
  const config = loadConfig(placeFlags(value));
  return { flag, config, shown: storeLocation(config) };
}

/**
 * Whether two places are one store. URLs are compared as written; two
 * spellings of one database pass here, and the copy then refuses the
 * target for not being empty.
 */
export function isSamePlace(a: StorePlace, b: StorePlace): boolean {
  const [urlA, urlB] = [a.config.databaseUrl, b.config.databaseUrl];
  if (urlA !== undefined || urlB !== undefined) return urlA === urlB;
  return realPath(a.config.dataDir) === realPath(b.config.dataDir);
}

function realPath(dir: string): string {
  return fs.existsSync(dir) ? fs.realpathSync(dir) : dir;
}

/**
 * Opens the store at a place. Unless `create`, there must be a store there
 * already. A store that cannot be used says which option named it.
 */
export async function openPlace(place: StorePlace, { create = false } = {}): Promise<Store> {
  const { flag, config } = place;
  if (config.databaseUrl === undefined) refuseFile(place);
  try {
    return await openStore(config, { mustExist: !create });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(`${flag}: ${error.message}`, { cause: error });
  }
}

function refuseFile({ flag, config, shown }: StorePlace): void {
  const found = fs.statSync(config.dataDir, { throwIfNoEntry: false });
  if (found !== undefined && !found.isDirectory()) {
    throw badRequest(`${flag} ${shown} is a file: give the folder of a SQLite store`);
  }
}
