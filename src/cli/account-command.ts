import type { Command } from "commander";
import { addAccount, setSuspended } from "../services/account-service.js";
import { subcommandHelpText } from "./help-command.js";
import { KEY_OPTION_HELP } from "./option-help.js";
import { printNote, printRows, SHOWN_ONCE } from "./print.js";
import { withStore } from "./store-session.js";

/** `flextory account add|suspend|resume`. */
export function registerAccountCommand(program: Command): void {
  const account = program
    .command("account")
    .description("make, suspend and resume accounts")
    .addHelpText("after", subcommandHelpText("account", "add"));
  registerAdd(account);
  registerSuspension(account, "suspend", true);
  registerSuspension(account, "resume", false);
}

function registerAdd(account: Command): void {
  account
    .command("add")
    .description("make an account with its administrator; prints the password and key once")
    .argument("<name>", "the account's name")
    .requiredOption("--admin <user>", "the administrator's user name")
    .option("--key <key>", KEY_OPTION_HELP)
    .action(async (name: string, options: { admin: string; key?: string }, command: Command) => {
      const created = await withStore(
        command,
        (store) => addAccount(store, name, options.admin, options.key),
        { create: true },
      );
      printRows([
        ["Account", created.account.name],
        ["User", `${created.admin.user.name} (admin)`],
        ["Password", created.admin.password],
        ["Private key", created.admin.privateKey],
      ]);
      printNote(SHOWN_ONCE);
    });
}

function registerSuspension(account: Command, verb: string, suspended: boolean): void {
  const effect = suspended
    ? "its users are refused at once, its data kept"
    : "its users are let in again";
  account
    .command(verb)
    .description(`${verb} an account: ${effect}`)
    .argument("<name>", "the account's name")
    .action(async (name: string, _options: object, command: Command) => {
      await withStore(command, (store) => setSuspended(store, name, suspended));
      printNote(`account "${name}" is ${suspended ? "suspended" : "active"}`);
    });
}
