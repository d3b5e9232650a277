import type { Command } from "commander";
import { addUser, checkRole } from "../services/user-service.js";
import { ACCOUNT_OPTION_HELP, KEY_OPTION_HELP, ROLE_OPTION_HELP } from "./option-help.js";
import { printNote, printRows, SHOWN_ONCE } from "./print.js";
import { accountFor, withStore } from "./store-session.js";

interface UserAddOptions {
  role: string;
  account?: string;
  key?: string;
}

export function registerUserAdd(user: Command): void {
  user
    .command("add")
    .description("make a user; prints its password and private key once")
    .argument("<name>", "the user name, unique on this server")
    .option("--role <role>", ROLE_OPTION_HELP, "editor")
    .option("--account <name>", ACCOUNT_OPTION_HELP)
    .option("--key <key>", KEY_OPTION_HELP)
    .action(async (name: string, options: UserAddOptions, command: Command) => {
      const role = checkRole(options.role);
      const { account, created } = await withStore(command, async (store) => {
        const account = await accountFor(store, options.account);
        const input = { name, accountId: account.id, role, key: options.key };
        return { account, created: await store.transaction((tx) => addUser(tx, input)) };
      });
      printRows([
        ["User", `${created.user.name} (${created.user.role})`],
        ["Account", account.name],
        ["Password", created.password],
        ["Private key", created.privateKey],
      ]);
      printNote(SHOWN_ONCE);
    });
}
