import fs from "node:fs";
import { FLEXTORY_BIN } from "../paths.js";
import { type RunningServer, startServer } from "./start-server.js";

/**
 * Starts `flextory serve` on the store that `storeFlags` name, on a free
 * port. Its log (one JSON line a request, at the default level) goes to
 * `logFile`, as a service manager would keep it: the cost of logging is
 * part of the server.
 */
export async function startFlextory(
  storeFlags: readonly string[],
  logFile: string,
  nodeArgs: readonly string[],
): Promise<RunningServer> {
  const log = fs.openSync(logFile, "a");
  try {
    return await startServer(
      FLEXTORY_BIN,
      [...storeFlags, "serve", "--host", "127.0.0.1", "--port", "0"],
      { nodeArgs, stderrFd: log },
    );
  } finally {
    fs.closeSync(log);
  }
}
