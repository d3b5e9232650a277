import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";
import { isOneLineError, printed, runCli } from "./run-cli.js";

const CSV = [
  "Asset,Serial,Kind,Group,IP",
  "Glados,SN-1,Desktop,Lab,192.168.1.232",
  "Wheatley,SN-2,Laptop,Lab,192.168.1.222",
].join("\n");

describe("flextory import, on the store of a running server", () => {
  let server: TestServer;
  let file: string;
  const cli = (...args: string[]) => runCli([...server.storeArgs, ...args]);
  const mapped = [
    "--name",
    "Asset",
    "--barcode",
    "Serial",
    "--type",
    "Kind",
    "--category",
    "Group",
  ];

  beforeAll(async () => {
    server = await startTestServer();
    file = path.join(server.dataDir, "assets.csv");
    fs.writeFileSync(file, CSV);
  });
  afterAll(async () => server.close());

  it("a dry run prints what would change and changes nothing", async () => {
    const result = await cli("import", file, "--dry-run", ...mapped);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("dry run, no change");
    expect(result.stdout).toContain("Created: 2, updated: 0");

    const search = await callSigned(server, "userName=admin&search=true");
    expect(search.body.total).toBe(0);
  });

  it("imports with the columns named, and the server finds the items at once", async () => {
    const result = await cli("import", file, ...mapped);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Columns: name from "Asset", barcode from "Serial", item type from "Kind", ' +
        'category from "Group"',
    );

    const found = await callSigned(server, "userName=admin&barcode=SN-1");
    expect(found.body.items?.[0]).toMatchObject({
      name: "Glados",
      assetType: "Desktop",
      categoryName: "Lab",
      attributes: { IP: "192.168.1.232" },
    });
  });

  it("updates items by barcode when the file is imported again", async () => {
    const result = await cli("import", file, ...mapped);
    expect(result.stdout).toContain("Created: 0, updated: 0, unchanged: 2");
  });

  it("imports into the account that --account names", async () => {
    const made = await cli("account", "add", "branch", "--admin", "branch-admin");
    const key = printed(made.stdout, "Private key");

    expect((await cli("import", file, "--account", "branch", ...mapped)).code).toBe(0);
    const search = await callSigned(server, "userName=branch-admin&search=true", key);
    expect(search.body.total).toBe(2);
  });

  it.each([
    [["import", "missing.csv"], /there is no file "missing.csv"/],
    [["import", "FILE", "--encoding", "klingon"], /encoding "klingon" is not known/],
    [["import", "FILE", "--barcode", "Nope"], /column "Nope" \(for barcode\) is not in the header/],
  ])("flextory %j is refused with one clear line and exit 1", async (args, message) => {
    const result = await cli(...args.map((arg) => (arg === "FILE" ? file : arg)));
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(message);
  });
});
