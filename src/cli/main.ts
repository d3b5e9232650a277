import { Command } from "commander";
import { registerAccountCommand } from "./account-command.js";
import { registerCallCommand } from "./call-command.js";
import { registerCopyStoreCommand } from "./copy-store-command.js";
import { registerExportCommand } from "./export-command.js";
import { registerHelpCommand } from "./help-command.js";
import { registerImportCommand } from "./import-command.js";
import { packageVersion } from "./package-version.js";
import { reportError } from "./report-error.js";
import { registerServeCommand } from "./serve-command.js";
import { registerUserCommand } from "./user-command.js";

/** Builds the `flextory` program with every command. */
export function buildProgram(): Command {
  const program = new Command("flextory")
    .description("Self-hosted inventory and IT-asset server")
    .version(packageVersion(), "-V, --version", "print the version of Flextory")
    .option("--data <dir>", "folder of the SQLite store (FLEXTORY_DATA_DIR, default ./data)")
    .option("--database <url>", "PostgreSQL store, postgres://… (FLEXTORY_DATABASE_URL)")
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(oneLine(text)) });
  registerServeCommand(program);
  registerAccountCommand(program);
  registerUserCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerCopyStoreCommand(program);
  registerCallCommand(program);
  registerHelpCommand(program);
  return program;
}

/** Runs the CLI; returns the exit code. Errors are one line on standard error. */
export async function main(argv: readonly string[]): Promise<number> {
  // Output written in passing (help, a banner) fails on its own when the reader has
  // gone (`| head`); unheard, that failure ends the command with a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  try {
    await buildProgram().parseAsync([...argv]);
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

/** Commander's own usage errors, in the same `flextory: …` form as every other error. */
function oneLine(text: string): string {
  const message = text
    .replace(/^error: /, "")
    .trim()
    .replace(/\s*\n\s*/g, " ");
  return `flextory: ${message}\n`;
}
