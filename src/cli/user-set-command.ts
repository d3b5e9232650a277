import { type Command, Option } from "commander";
import { badRequest } from "../errors/codes.js";
import { changeUser, checkRole, type UserSettings } from "../services/user-service.js";
import type { UserRow } from "../store/user-store.js";
import { ROLE_OPTION_HELP, USER_ACCOUNT_OPTION_HELP } from "./option-help.js";
import { printNote } from "./print.js";
import { readNewPassword } from "./read-password.js";
import { userNamed, withStore } from "./store-session.js";

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
    .option("--account <name>", USER_ACCOUNT_OPTION_HELP)
    .action(async (name: string, options: UserSetOptions, command: Command) => {
      const settings = readSettings(options);
      const { before, after } = await withStore(command, async (store) => {
        const before = await userNamed(store, name, options.account);
        if (options.password) settings.password = await readNewPassword();
        return { before, after: await changeUser(store, before.name, settings) };
      });
      printNote(`user "${after.name}": ${describeChanges(before, after, settings).join(", ")}`);
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

/** What each option asked for did, so that a change that was asked is seen to be done. */
function describeChanges(before: UserRow, after: UserRow, settings: UserSettings): string[] {
  const changes: string[] = [];
  if (settings.password !== undefined) changes.push("password changed");
  if (settings.role !== undefined) {
    const same = before.role === after.role;
    changes.push(same ? `role already ${after.role}` : `role ${before.role} → ${after.role}`);
  }
  if (settings.disabled !== undefined) {
    const state = after.disabled === 1 ? "disabled" : "enabled";
    changes.push(before.disabled === after.disabled ? `already ${state}` : `now ${state}`);
  }
  return changes;
}
