import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const BIN = path.resolve(import.meta.dirname, "../../bin/flextory.js");

describe("flextory --help", () => {
  // `flextory --help | head -c 5` sometimes ended in an "Unhandled 'error' event" trace.
  it("ends quietly when the reader of its output has already gone", async () => {
    const child = spawn(process.execPath, [BIN, "--help"]);
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

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

describe("help on a group's commands", () => {
  it("flextory help account add shows the options of account add, not the group's", async () => {
    const { code, stdout } = await runCli(["help", "account", "add"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: flextory account add \[options\] <name>/);
    expect(stdout).toContain("--admin <user>");
  });

  it.each([
    ["account", "add"],
    ["user", "set"],
  ])("flextory %s --help says how to list the options of its commands", async (group, sub) => {
    const { stdout } = await runCli([group, "--help"]);
    expect(stdout).toContain(
      `flextory ${group} ${sub} --help    (or: flextory help ${group} ${sub})`,
    );
    expect((await runCli(["help", group])).stdout).toBe(stdout);
  });

  it("flextory help refuses a command that does not exist in one line", async () => {
    const result = await runCli(["help", "user", "remove"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('flextory: there is no command "user remove"\n');
  });
});

describe("flextory --version", () => {
  it("prints the version in package.json", async () => {
    const pkg = await import("../../package.json", { with: { type: "json" } });
    const result = await runCli(["--version"]);
    expect(result).toEqual({ code: 0, stdout: `${pkg.default.version}\n`, stderr: "" });
  });
});
