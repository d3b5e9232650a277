import type { Command } from "commander";
import { badRequest } from "../errors/codes.js";

/**
 * `flextory help [command...]`. Commander's own help command reads one
 * word, so `help account add` showed the help of `account`; this one
 * follows every word to the subcommand.
 */
export function registerHelpCommand(program: Command): void {
  program
    .command("help")
    .description("show a command's help and options, e.g. flextory help account add")
    .argument("[command...]", "the command, and its subcommand if it has one")
    .action((names: string[]) => {
      commandAt(program, names).outputHelp();
    });
}

/** The line a group's help ends with, so that its subcommands' options can be found. */
export function subcommandHelpText(group: string, example: string): string {
  return (
    `\nEach command has options of its own; to list them, run\n` +
    `  flextory ${group} ${example} --help    (or: flextory help ${group} ${example})\n`
  );
}

function commandAt(program: Command, names: readonly string[]): Command {
  let command = program;
  for (const [depth, name] of names.entries()) {
    const next = command.commands.find(
      (sub) => sub.name() === name || sub.aliases().includes(name),
    );
    if (next === undefined) {
      throw badRequest(`there is no command "${names.slice(0, depth + 1).join(" ")}"`);
    }
    command = next;
  }
  return command;
}
