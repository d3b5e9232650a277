import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newStoreLocation, type TestStoreLocation } from "../support/test-store.js";
import { corpusFile } from "../transfer/helpers.js";
import { runCli } from "./run-cli.js";

const MAC_FILE = corpusFile("snipeit-assets-macroman-cr.csv");

describe("flextory import's report and exit status", () => {
  let location: TestStoreLocation;
  let dir: string;
  const cli = (...args: string[]) => runCli([...location.args, ...args]);
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  beforeAll(async () => {
    location = await newStoreLocation("flextory-cli-import-");
    dir = location.dir;
    expect((await cli("account", "add", "main", "--admin", "admin")).code).toBe(0);
  });
  afterAll(() => location.remove());

  it("shows the 7 unrepairable places at a glance among 200 shortened numbers", async () => {
    const result = await cli("import", MAC_FILE, "--dry-run");
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.filter((line) => line.includes("spreadsheet shortened"))).toEqual([
      expect.stringMatching(/^ {2}Model Number, 200 values on lines 2–201: /),
    ]);
    expect(lines.filter((line) => line.includes("could not be repaired"))).toHaveLength(7);
    expect(lines.length).toBeLessThan(30);
  });

  it("lists every flagged and repaired value with --verbose", async () => {
    const result = await cli("import", MAC_FILE, "--dry-run", "--verbose");
    const lines = result.stdout.split("\n");
    expect(lines.filter((line) => line.includes("spreadsheet shortened"))).toHaveLength(200);
    const repairs = lines.filter((line) => line.startsWith("  line ") && line.includes(" → "));
    expect(repairs).toHaveLength(17);
  });

  it("exits 2 when rows were refused, after reporting them and taking the rest", async () => {
    const file = write("refused.csv", "Name,Barcode\nDesk,R1\n,R2\nLamp,R3\n");
    const result = await cli("import", file);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Created: 2, updated: 0, unchanged: 0, refused: 1");
    expect(result.stdout).toContain("  line 3: name must not be empty");
    expect(result.stderr).toBe("");
  });

  it("exits 2 in a dry run that would refuse rows, and 0 when every row goes in", async () => {
    const bad = write("dry.csv", "Name,Barcode\n,D1\n");
    expect((await cli("import", bad, "--dry-run")).code).toBe(2);
    const good = write("good.csv", "Name,Barcode\nDesk,G1\n");
    expect((await cli("import", good)).code).toBe(0);
  });

  it("reports a barcode repeated in the file, naming both lines", async () => {
    const file = write("twice.csv", "Name,Barcode\nDesk,T-1\nLamp,T-2\nChair,T-1\n");
    const result = await cli("import", file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('  line 4: barcode "T-1" repeats line 2');
  });

  it("takes a JSON file with no column options", async () => {
    const file = write("items.json", '[{"name":"Desk","barcode":"J1"}]');
    const result = await cli("import", file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("Created: 1");
  });

  it("says in import --help what each exit status means", async () => {
    const { stdout } = await cli("import", "--help");
    expect(stdout).toContain("Exit status: 0 when every row went in; 2 when rows were refused");
    expect(stdout).toContain("1 when the import failed");
    expect(stdout).toContain("--verbose");
  });
});
