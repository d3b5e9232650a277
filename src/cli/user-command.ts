import type { Command } from "commander";
import { subcommandHelpText } from "./help-command.js";
import { registerUserAdd } from "./user-add-command.js";
import { registerUserKey } from "./user-key-command.js";
import { registerUserSet } from "./user-set-command.js";

/** `flextory user add|key|set`, on the first administrator's account unless `--account`. */
export function registerUserCommand(program: Command): void {
  const user = program
    .command("user")
    .description("make users, show or replace their keys, change their role or password")
    .addHelpText("after", subcommandHelpText("user", "set"));
  registerUserAdd(user);
  registerUserKey(user);
  registerUserSet(user);
}
