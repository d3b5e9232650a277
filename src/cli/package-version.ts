import fs from "node:fs";

/** package.json lies two folders above this file, from dist/cli as from src/cli. */
const PACKAGE_JSON = new URL("../../package.json", import.meta.url);

/** The version in package.json, read at run time so that it is the installed package's own. */
export function packageVersion(): string {
  const parsed: unknown = JSON.parse(fs.readFileSync(PACKAGE_JSON, "utf8"));
  const version = isObject(parsed) ? parsed.version : undefined;
  if (typeof version !== "string") throw new Error(`${PACKAGE_JSON.pathname} gives no version`);
  return version;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
