import { type Command, Option } from "commander";
import { replaceKey } from "../services/user-service.js";
import { USER_ACCOUNT_OPTION_HELP } from "./option-help.js";
import { printNote } from "./print.js";
import { userNamed, withStore } from "./store-session.js";

interface UserKeyOptions {
  rotate?: boolean;
  set?: string;
  account?: string;
}

export function registerUserKey(user: Command): void {
  user
    .command("key")
    .description("print a user's private key, or replace it: the old key stops working at once")
    .argument("<name>", "the user name")
    .addOption(new Option("--rotate", "replace the key with a new random one and print it"))
    .addOption(
      new Option("--set <key>", "set the key to this text (16 characters or more)").conflicts(
        "rotate",
      ),
    )
    .option("--account <name>", USER_ACCOUNT_OPTION_HELP)
    .action(async (name: string, options: UserKeyOptions, command: Command) => {
      const replacing = options.rotate === true || options.set !== undefined;
      const key = await withStore(command, async (store) => {
        const user = await userNamed(store, name, options.account);
        return replacing ? replaceKey(store, user.name, options.set) : user.private_key;
      });

      if (options.set === undefined) process.stdout.write(`${key}\n`);
      if (replacing) printNote(`user "${name}" has a new key; the old one no longer works`);
    });
}
