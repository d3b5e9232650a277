import type { Command } from "commander";
import { ENVIRONMENT_HELP, loadConfig } from "../config/config.js";
import { serve } from "../server/serve.js";

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("run the server (first start sets up an account and an administrator)")
    .option("--host <address>", "address to listen on (FLEXTORY_HOST, default 127.0.0.1)")
    .option("--port <number>", "TCP port (FLEXTORY_PORT, default 8080)")
    .addHelpText("after", environmentHelp())
    .action(async (options: { host?: string; port?: string }, command: Command) => {
      const config = loadConfig({ ...command.optsWithGlobals(), ...options });
      await serve(config);
    });
}

export function environmentHelp(): string {
  const rows = ENVIRONMENT_HELP.map(
    ([name, meaning, fallback]) => `  ${name.padEnd(20)} ${meaning} (default ${fallback})`,
  );
  return `\nEnvironment:\n${rows.join("\n")}\n`;
}
