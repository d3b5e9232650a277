import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";
import { isOneLineError, printed, runCli } from "./run-cli.js";

describe("flextory account, on the store of a running server", () => {
  let server: TestServer;
  const cli = (...args: string[]) => runCli([...server.storeArgs, ...args]);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it("account add prints an admin whose key works and who sees only its own items", async () => {
    await callSigned(server, "userName=admin&newItem=true&name=Main+only");

    const made = await cli("account", "add", "acme", "--admin", "boss");
    expect(made.code).toBe(0);
    expect(printed(made.stdout, "Account")).toBe("acme");
    expect(printed(made.stdout, "User")).toBe("boss (admin)");
    const key = printed(made.stdout, "Private key");

    const answer = await callSigned(server, "userName=boss&search=true", key);
    expect(answer.body).toMatchObject({ success: "true", total: 0 });
  });

  it("account add --key keeps the administrator's key as given", async () => {
    const key = "kept-from-2012-service";
    const made = await cli("account", "add", "legacy", "--admin", "old-admin", "--key", key);
    expect(printed(made.stdout, "Private key")).toBe(key);

    expect((await callSigned(server, "userName=old-admin&search=true", key)).body.success).toBe(
      "true",
    );
  });

  it("account suspend locks all its users out at once, and resume lets them in", async () => {
    const made = await cli("account", "add", "paused", "--admin", "pam");
    const pamKey = printed(made.stdout, "Private key");
    const user = await cli("user", "add", "pete", "--account", "paused");
    const peteKey = printed(user.stdout, "Private key");

    expect((await cli("account", "suspend", "paused")).code).toBe(0);
    for (const [name, key] of [
      ["pam", pamKey],
      ["pete", peteKey],
    ] as const) {
      const refused = await callSigned(server, `userName=${name}&search=true`, key);
      expect(refused.body.error?.code).toBe("auth_failed");
    }
    const others = await callSigned(server, "userName=admin&search=true");
    expect(others.body.success).toBe("true");

    const resumed = await cli("account", "resume", "paused");
    expect(resumed.code, resumed.stderr).toBe(0);
    expect((await callSigned(server, "userName=pam&search=true", pamKey)).body.success).toBe(
      "true",
    );
  });

  it.each([
    [["account", "add", "main", "--admin", "someone"], /account "main" exists/],
    [["account", "add", "fresh", "--admin", "admin"], /user name "admin" is taken/],
    [["account", "add", "nokey", "--admin", "n", "--key", "short"], /at least 16 characters/],
    [["account", "add", "noadmin"], /required option '--admin <user>' not specified/],
    [["account", "suspend", "nowhere"], /there is no account "nowhere"/],
  ])("flextory %j is refused with one clear line and exit 1", async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(message);
  });

  it("reports a --data path the system refuses in one line", async () => {
    const file = path.join(server.dataDir, "a-file");
    fs.writeFileSync(file, "");
    const underAFile = path.join(file, "store");
    const result = await runCli(["--data", underAFile, "account", "add", "x", "--admin", "x"]);
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toContain("ENOTDIR");
  });
});
