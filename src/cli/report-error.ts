import { inspect } from "node:util";
import { CommanderError } from "commander";
import { FlextoryClientError } from "../client/errors.js";
import { ConfigError } from "../config/config.js";
import { FlextoryError } from "../errors/codes.js";
import { CliExit } from "./cli-exit.js";

/**
 * Prints an error as one line on standard error and returns the exit code.
 * Errors a user can mend show their message alone; anything else is a fault
 * in Flextory and keeps its stack, for a bug report.
 */
export function reportError(error: unknown): number {
  if (error instanceof CliExit) return error.exitCode;
  // Commander has already printed its usage error, or the help that was asked for.
  if (error instanceof CommanderError) return error.exitCode;
  // The reader of standard output has gone (`| head`): there is no one left to tell.
  if ((error as NodeJS.ErrnoException | undefined)?.code === "EPIPE") return 0;
  if (isUserError(error)) {
    process.stderr.write(`flextory: ${error.message}\n`);
    return 1;
  }
  // The whole error, causes included: it is a fault to report, not a message for the user.
  process.stderr.write(`flextory: ${inspect(error)}\n`);
  return 1;
}

function isUserError(error: unknown): error is Error {
  return (
    error instanceof FlextoryError ||
    error instanceof ConfigError ||
    error instanceof FlextoryClientError ||
    isSystemError(error)
  );
}

/** A file or folder the system refused, such as a --data path that is a file. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && "syscall" in error && "code" in error;
}
