import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/domain/secrets.js";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";
import { isOneLineError, printed, runCli } from "./run-cli.js";

describe("flextory user, on the store of a running server", () => {
  let server: TestServer;
  const cli = (...args: string[]) => runCli([...server.storeArgs, ...args]);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it("user add prints a password and a key that signs requests at once", async () => {
    const made = await cli("user", "add", "alice", "--role", "editor");
    expect(made.code).toBe(0);
    expect(printed(made.stdout, "User")).toBe("alice (editor)");
    expect(printed(made.stdout, "Account")).toBe("main");
    expect(printed(made.stdout, "Password")).toMatch(/^\S{20}$/);
    const key = printed(made.stdout, "Private key");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(made.stderr).not.toContain(key);

    const answer = await callSigned(server, "userName=alice&search=true", key);
    expect(answer.body.success).toBe("true");
  });

  it("user key --rotate makes the server refuse the old key at once and take the new", async () => {
    await cli("user", "add", "rotor");
    const old = (await cli("user", "key", "rotor")).stdout.trim();
    expect((await callSigned(server, "userName=rotor&search=true", old)).body.success).toBe("true");

    const rotated = await cli("user", "key", "rotor", "--rotate");
    expect(rotated.code).toBe(0);
    const fresh = rotated.stdout.trim();
    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    expect(fresh).not.toBe(old);

    const refused = await callSigned(server, "userName=rotor&search=true", old);
    expect(refused.body.error?.code).toBe("auth_failed");
    const accepted = await callSigned(server, "userName=rotor&search=true", fresh);
    expect(accepted.body.success).toBe("true");
  });

  it("user set --disable locks the user out at once, and --enable lets it in again", async () => {
    const key = printed((await cli("user", "add", "dora")).stdout, "Private key");

    expect((await cli("user", "set", "dora", "--disable")).code).toBe(0);
    const locked = await callSigned(server, "userName=dora&search=true", key);
    expect(locked.body.error?.code).toBe("auth_failed");

    expect((await cli("user", "set", "dora", "--enable")).code).toBe(0);
    expect((await callSigned(server, "userName=dora&search=true", key)).body.success).toBe("true");
  });

  it("user set --role read-only forbids changes at once", async () => {
    const key = printed((await cli("user", "add", "reader")).stdout, "Private key");
    expect((await cli("user", "set", "reader", "--role", "read-only")).code).toBe(0);

    const change = await callSigned(server, "userName=reader&newItem=true&name=X", key);
    expect(change.body.error?.code).toBe("forbidden");
  });

  it("user set --password takes one line of piped standard input", async () => {
    await cli("user", "add", "paula");
    const set = await runCli([...server.storeArgs, "user", "set", "paula", "--password"], {
      input: "correct horse battery\nignored second line\n",
    });
    expect(set.code).toBe(0);

    const user = await server.store.users.byName("paula");
    expect(await verifyPassword("correct horse battery", user?.password_hash ?? "")).toBe(true);
  });

  it("user add --key keeps a 2012 key, so that the signing vectors verify", async () => {
    const vectors = await import("../fixtures/signing-vectors.json", {
      with: { type: "json" },
    });
    const { privateKey } = vectors.default;
    expect((await cli("user", "add", "api", "--key", privateKey)).code).toBe(0);

    for (const vector of vectors.default.vectors) {
      const response = await fetch(`${server.url}/api.php?${vector.signedQuery}`);
      const body = (await response.json()) as { error?: { code: string } };
      expect(body.error?.code, vector.why).not.toBe("auth_failed");
    }
    const [first] = vectors.default.vectors;
    const tampered = first?.signedQuery.replace(/publicKey=a/, "publicKey=b") ?? "";
    const refused = await fetch(`${server.url}/api.php?${tampered}`);
    expect(refused.status).toBe(401);
  });

  it("user key and user set find a user of another account by name alone", async () => {
    const made = await cli("account", "add", "other", "--admin", "otto");
    const key = printed(made.stdout, "Private key");

    const shown = await cli("user", "key", "otto");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(`${key}\n`);
    const set = await cli("user", "set", "otto", "--role", "editor");
    expect(set.code).toBe(0);
    expect(set.stderr).toBe('user "otto": role admin → editor\n');
  });

  it("user key and user set with --account only check the user is in that account", async () => {
    const key = printed(
      (await cli("account", "add", "third", "--admin", "thea")).stdout,
      "Private key",
    );
    expect((await cli("user", "key", "thea", "--account", "third")).stdout).toBe(`${key}\n`);

    const refusal = 'flextory: user "thea" is in account "third", not in "main"\n';
    const shown = await cli("user", "key", "thea", "--account", "main");
    expect([shown.code, shown.stderr, shown.stdout]).toEqual([1, refusal, ""]);
    const set = await cli("user", "set", "thea", "--disable", "--account", "main");
    expect([set.code, set.stderr]).toEqual([1, refusal]);

    const still = await callSigned(server, "userName=thea&search=true", key);
    expect(still.body.success).toBe("true");
  });

  it("user set --password says the password changed, and what else it changed", async () => {
    await cli("user", "add", "bob", "--role", "read-only");
    const set = await runCli(
      [...server.storeArgs, "user", "set", "bob", "--password", "--disable"],
      { input: "a long enough password\n" },
    );
    expect(set.code).toBe(0);
    expect(set.stderr).toBe('user "bob": password changed, now disabled\n');

    const again = await cli("user", "set", "bob", "--role", "read-only", "--disable");
    expect(again.stderr).toBe('user "bob": role already read-only, already disabled\n');
  });

  it("user set --password refuses a one-character password, keeping the old one", async () => {
    const made = await cli("user", "add", "shorty");
    const password = printed(made.stdout, "Password");
    const set = await runCli([...server.storeArgs, "user", "set", "shorty", "--password"], {
      input: "x\n",
    });
    expect(set.code).toBe(1);
    expect(isOneLineError(set.stderr)).toBe(true);
    expect(set.stderr).toMatch(/password must be at least \d+ characters/);

    const user = await server.store.users.byName("shorty");
    expect(await verifyPassword(password, user?.password_hash ?? "")).toBe(true);
  });

  it.each([
    [["user", "add", "x1", "--role", "boss"], /role must be one of admin, editor, read-only/],
    [["user", "add", "x2", "--key", "too-short"], /at least 16 characters/],
    [["user", "key", "nobody"], /there is no user "nobody"/],
    [["user", "set", "nobody", "--disable"], /there is no user "nobody"/],
    [["user", "set", "alice"], /nothing to change/],
    [["user", "key", "alice", "--rotate", "--set", "0123456789abcdefg"], /cannot be used with/],
    [["user", "key", "alice", "--account", "nope"], /there is no account "nope"/],
    [["user", "add", "alice"], /user name "alice" is taken/],
    [["user", "add", "x3", "--account", "nope"], /there is no account "nope"/],
  ])("flextory %j is refused with one clear line and exit 1", async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(1);
    expect(isOneLineError(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });
});

describe("flextory user, without a store", () => {
  it("names the folder where no store was found, and makes none", async () => {
    const result = await runCli(["--data", "/nonexistent/flextory", "user", "key", "admin"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^flextory: there is no Flextory store in \/nonexistent\/flextory /,
    );
    expect(fs.existsSync("/nonexistent/flextory")).toBe(false);
  });
});
