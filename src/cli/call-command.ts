import type { Command } from "commander";
import { FlextoryApiError } from "../client/errors.js";
import { FlextoryClient } from "../client/flextory-client.js";
import { formatJson } from "../client/format-json.js";
import { DEFAULTS } from "../config/config.js";
import { badRequest } from "../errors/codes.js";
import { CliExit } from "./cli-exit.js";

/** Where `call` sends unless `--url` or FLEXTORY_URL says: a server started with defaults. */
export const DEFAULT_URL = `http://${DEFAULTS.host}:${DEFAULTS.port}`;

interface CallOptions {
  url?: string;
  user?: string;
  key?: string;
}

/** `flextory call QUERY`: signs a query as a script would and prints the answer. */
export function registerCallCommand(program: Command): void {
  program
    .command("call")
    .description("sign a query, send it to a server and print the JSON answer")
    .argument("<query>", "the query after userName, e.g. 'search=true&itemType=Desktop'")
    .option("--url <url>", `the server (FLEXTORY_URL, default ${DEFAULT_URL})`)
    .option("--user <name>", "the user name (FLEXTORY_USER)")
    .option("--key <key>", "the user's private key (FLEXTORY_KEY, which keeps it out of ps)")
    .addHelpText("after", '\nExits with 1 when the answer\'s success is "false".\n')
    .action(async (query: string, options: CallOptions) => {
      const client = clientFrom(options, process.env);
      const rest = query.replace(/^[?&]+/, "");
      const raw =
        rest === "" ? client.userNameParameter() : `${client.userNameParameter()}&${rest}`;
      try {
        process.stdout.write(`${formatJson((await client.callRaw(raw)).json)}\n`);
      } catch (error) {
        if (!(error instanceof FlextoryApiError)) throw error;
        process.stdout.write(`${formatJson(error.answer)}\n`);
        throw new CliExit(1);
      }
    });
}

function clientFrom(options: CallOptions, env: NodeJS.ProcessEnv): FlextoryClient {
  const userName = options.user ?? env.FLEXTORY_USER;
  const privateKey = options.key ?? env.FLEXTORY_KEY;
  if (!userName) throw badRequest("give the user name with --user or FLEXTORY_USER");
  if (!privateKey) throw badRequest("give the private key with --key or FLEXTORY_KEY");
  return new FlextoryClient({
    url: options.url ?? env.FLEXTORY_URL ?? DEFAULT_URL,
    userName,
    privateKey,
  });
}
