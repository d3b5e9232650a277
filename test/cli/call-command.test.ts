import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";
import { isOneLineError, runCli } from "./run-cli.js";

describe("flextory call against a running server", () => {
  let server: TestServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    env = {
      FLEXTORY_URL: server.url,
      FLEXTORY_USER: "admin",
      FLEXTORY_KEY: server.first.admin.privateKey,
    };
    await callSigned(
      server,
      "userName=admin&newItem=true&name=Glados&itemType=Desktop" +
        "&attributeTitles[]=OS&attributeValues[]=Windows" +
        "&attributeTitles[]=2024&attributeValues[]=bought",
    );
  });
  afterAll(async () => server.close());

  it("signs the query as the user, prints the answer indented and exits 0", async () => {
    const result = await runCli(["call", "search=true&itemType=Desktop"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\{\n {2}"success": "true",\n {2}"items": \[\n/);
    expect(JSON.parse(result.stdout)).toMatchObject({ success: "true", total: 1 });
  });

  it("prints attributes in the server's order, a title like 2024 included", async () => {
    const result = await runCli(["call", "search=true&name=Glados"], { env });
    expect(result.stdout.indexOf('"OS"')).toBeLessThan(result.stdout.indexOf('"2024"'));
  });

  it("takes the server, user and key from flags as well", async () => {
    const flags = ["--url", server.url, "--user", "admin", "--key", server.first.admin.privateKey];
    const result = await runCli(["call", "itemTypes=true", ...flags]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).itemTypes).toEqual([{ id: 1, name: "Desktop" }]);
  });

  it("prints an error answer and exits 1 when success is false", async () => {
    const result = await runCli(["call", "id=999999"], { env });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      success: "false",
      error: { code: "not_found", message: "there is no item 999999" },
    });
  });

  it("exits 1 with auth_failed for a wrong key", async () => {
    const result = await runCli(["call", "search=true"], {
      env: { ...env, FLEXTORY_KEY: "not-the-key-at-all" },
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).error.code).toBe("auth_failed");
  });

  it("says in one line when no key is given", async () => {
    const result = await runCli(["call", "search=true"], { env: { FLEXTORY_USER: "admin" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("flextory: give the private key with --key or FLEXTORY_KEY\n");
  });

  it("says in one line when the server cannot be reached", async () => {
    const closed = await startTestServer();
    const url = closed.url;
    await closed.close();

    const result = await runCli(["call", "search=true"], { env: { ...env, FLEXTORY_URL: url } });
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toContain(`cannot reach ${url}/api.php`);
    expect(result.stderr).not.toContain(env.FLEXTORY_KEY);
  });
});
