import { Command, CommanderError } from "commander";
import { ConfigError } from "../config/config.js";
import { FlextoryError } from "../errors/codes.js";
import { registerServeCommand } from "./serve-command.js";

/** Builds the `flextory` program with every command. */
export function buildProgram(): Command {
  const program = new Command("flextory")
    .description("Self-hosted inventory and IT-asset server")
    .option("--data <dir>", "folder of the SQLite store (FLEXTORY_DATA_DIR, default ./data)")
    .exitOverride()
    .showHelpAfterError();
  registerServeCommand(program);
  return program;
}

/** Runs the CLI; returns the exit code. Errors are one line on standard error. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return 0;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof FlextoryError || error instanceof ConfigError) {
    process.stderr.write(`flextory: ${error.message}\n`);
    return 1;
  }
  process.stderr.write(`flextory: ${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
}
