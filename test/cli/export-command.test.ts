import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";
import { isOneLineError, printed, runCli } from "./run-cli.js";

const BIN = path.resolve(import.meta.dirname, "../../bin/flextory.js");

describe("flextory export, on the store of a running server", () => {
  let server: TestServer;
  const cli = (...args: string[]) => runCli([...server.storeArgs, ...args]);
  const file = (name: string) => path.join(server.dataDir, name);

  beforeAll(async () => {
    server = await startTestServer();
    await callSigned(
      server,
      "userName=admin&newItem=true&name=Glados&barcode=G-1&itemType=Desktop" +
        "&attributeTitles[]=OS&attributeValues[]=Windows" +
        "&attributeTitles[]=2024&attributeValues[]=bought",
    );
    await callSigned(server, "userName=admin&newItem=true&name=Wheatley&barcode=W-1&links[]=1");
  });
  afterAll(async () => server.close());

  it("writes NDJSON to standard output, one item a line in the API's form", async () => {
    const result = await cli("export", "--format", "ndjson");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).name)).toEqual(["Glados", "Wheatley"]);
    expect(lines[0]).toContain('"attributes":{"OS":"Windows","2024":"bought"}');
    expect(result.stderr).toBe("exported 2 items\n");
  });

  // `export | head` printed "flextory: write EPIPE" and exited 1.
  it("stops without a word when the reader of its output stops reading", async () => {
    const child = spawn(process.execPath, [BIN, ...server.storeArgs, "export", "--format", "json"]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.once("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("takes the format from the --out file's extension", async () => {
    expect((await cli("export", "--out", file("items.csv"))).code).toBe(0);
    const text = fs.readFileSync(file("items.csv"), "utf8");
    expect(text.split(/\r?\n/)[0]).toBe("\uFEFFName,Barcode,Item Type,Category,OS,2024");
  });

  it("round-trips through a JSON file into another account, links and order kept", async () => {
    expect((await cli("export", "--out", file("items.json"))).code).toBe(0);
    const made = await cli("account", "add", "copy", "--admin", "copier");
    const key = printed(made.stdout, "Private key");

    const imported = await cli("import", file("items.json"), "--account", "copy");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("Links restored: 1");

    const copy = await callSigned(server, "userName=copier&barcode=G-1", key);
    const item = copy.body.items?.[0];
    expect(Object.keys(item?.attributes ?? {})).toContain("2024");
    expect(item?.links).toHaveLength(1);
  });

  it("says exported 1 item, not 1 items, for an account with one item", async () => {
    const key = printed(
      (await cli("account", "add", "solo", "--admin", "sol")).stdout,
      "Private key",
    );
    await callSigned(server, "userName=sol&newItem=true&name=Lamp", key);
    const result = await cli("export", "--account", "solo", "--format", "ndjson");
    expect(result.stderr).toBe("exported 1 item\n");
  });

  it("leaves no file behind when the folder does not exist", async () => {
    const missing = path.join(server.dataDir, "no-such-folder", "items.json");
    const result = await cli("export", "--out", missing);
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toContain(`cannot write ${missing}`);
  });

  it("refuses a format it does not know in one line", async () => {
    const result = await cli("export", "--format", "xml");
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toContain("Allowed choices are csv, json, ndjson");
  });

  it("refuses CSV column options for a JSON import", async () => {
    const result = await cli("import", file("items.json"), "--barcode", "Serial");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "flextory: --name, --barcode, --type and --category are for CSV files only\n",
    );
  });
});
