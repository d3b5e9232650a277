import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";
import { printed, runCli } from "./run-cli.js";

const DDE = "=cmd|' /C calc'!A0";

describe("flextory export --format csv, with values a spreadsheet would run", () => {
  let server: TestServer;
  const cli = (...args: string[]) => runCli([...server.storeArgs, ...args]);

  beforeAll(async () => {
    server = await startTestServer();
    const query = new URLSearchParams([
      ["userName", "admin"],
      ["newItem", "true"],
      ["name", DDE],
      ["barcode", "F-1"],
      ["attributeTitles[]", "@SUM(A1)"],
      ["attributeValues[]", "=1+1"],
      ["attributeTitles[]", "Phone"],
      ["attributeValues[]", "+1 555 0100"],
    ]);
    await callSigned(server, query.toString().replaceAll("%5B%5D", "[]"));
  });
  afterAll(async () => server.close());

  it("guards each such cell and title with a ', and imports back to the same values", async () => {
    const out = path.join(server.dataDir, "items.csv");
    expect((await cli("export", "--out", out)).code).toBe(0);
    const [header, row] = fs.readFileSync(out, "utf8").split("\r\n");
    expect(header).toBe("\uFEFFName,Barcode,Item Type,Category,'@SUM(A1),Phone");
    expect(row).toBe(`'${DDE},F-1,,,'=1+1,+1 555 0100`);

    const key = printed(
      (await cli("account", "add", "copy", "--admin", "copier")).stdout,
      "Private key",
    );
    expect((await cli("import", out, "--account", "copy")).code).toBe(0);
    const copy = await callSigned(server, "userName=copier&barcode=F-1", key);
    expect(copy.body.items?.[0]).toMatchObject({
      name: DDE,
      attributes: { "@SUM(A1)": "=1+1", Phone: "+1 555 0100" },
    });
  });
});
