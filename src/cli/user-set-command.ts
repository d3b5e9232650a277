import { type Command, Option } from "commander";
import { badRequest } from "../errors/codes.js";
import { changeUser, checkRole, type UserSettings } from "../services/user-service.js";
import { ACCOUNT_OPTION_HELP, ROLE_OPTION_HELP } from "./option-help.js";
import { printNote } from "./print.js";
import { readNewPassword } from "./read-password.js";
import { accountFor, userOfAccount, withStore } from "./store-session.js";

interface UserSetOptions {
  role?: string;
  password?: boolean;
  disable?: boolean;
  enable?: boolean;
  account?: string;
}

export function registerUserSet(user: Command): void {
  user
    .command("set")
    .description("change a user's role or password, or disable it: holds at once on every server")
    .argument("<name>", "the user name")
    .option("--role <role>", ROLE_OPTION_HELP)
    .option("--password", "read a new password from standard input (hidden on a terminal)")
    .addOption(new Option("--disable", "refuse the user's requests from now on"))
    .addOption(new Option("--enable", "accept the user's requests again").conflicts("disable"))
    .option("--account <name>", ACCOUNT_OPTION_HELP)
    .action(async (name: string, options: UserSetOptions, command: Command) => {
      const settings = readSettings(options);
      const changed = await withStore(command, async (store) => {
        const found = await userOfAccount(store, await accountFor(store, options.account), name);
        if (options.password) settings.password = await readNewPassword();
        return changeUser(store, found.name, settings);
      });
      const state = changed.disabled === 1 ? "disabled" : "enabled";
      printNote(`user "${changed.name}": ${changed.role}, ${state}`);
    });
}

/** Checks the options before the store is opened; the password is read once the user is found. */
function readSettings(options: UserSetOptions): UserSettings {
  const settings: UserSettings = {};
  if (options.role !== undefined) settings.role = checkRole(options.role);
  if (options.disable || options.enable) settings.disabled = options.disable === true;
  if (Object.keys(settings).length === 0 && !options.password) {
    throw badRequest("nothing to change: give --role, --password, --disable or --enable");
  }
  return settings;
}
