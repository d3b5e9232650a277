import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("flextory --help", () => {
  it("lists every command", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    for (const command of ["serve", "account", "user", "import", "export", "call"]) {
      expect(stdout).toMatch(new RegExp(`^ {2}${command}\\b`, "m"));
    }
  });

  it.each([
    [
      ["account", "add"],
      ["--admin <user>", "--key <key>", "--data <dir>"],
    ],
    [
      ["user", "add"],
      ["--role <role>", "--account <name>", "--key <key>"],
    ],
    [
      ["user", "key"],
      ["--rotate", "--set <key>", "--account <name>"],
    ],
    [
      ["user", "set"],
      ["--role <role>", "--password", "--disable", "--enable"],
    ],
    [["import"], ["--dry-run", "--encoding <name>", "--name <column>", "--type <column>"]],
    [["export"], ["--format <format>", "--out <file>", "--account <name>"]],
    [["call"], ["--url <url>", "--user <name>", "--key <key>", "FLEXTORY_URL", "FLEXTORY_KEY"]],
    [["serve"], ["--port <number>", "FLEXTORY_DATA_DIR"]],
  ])("flextory %j --help lists its options", async (command, options) => {
    const { code, stdout } = await runCli([...command, "--help"]);
    expect(code).toBe(0);
    for (const option of options) expect(stdout).toContain(option);
  });
});
