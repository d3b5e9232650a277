import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceKey } from "../../src/services/user-service.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { addApiUser } from "./support/accounts.js";
import { ask } from "./support/items.js";
import { startServerOn } from "./support/second-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe("private keys", () => {
  it("are made by the server as 64 hex characters that sign requests", async () => {
    const user = await addApiUser(server, "fresh");
    expect(user.key).toMatch(/^[0-9a-f]{64}$/);
    expect((await ask(server, user, "search=true")).body.success).toBe("true");
  });

  it("differ from one user to the next", async () => {
    const one = await addApiUser(server, "one");
    const two = await addApiUser(server, "two");
    expect(one.key).not.toBe(two.key);
  });

  it("can be set to the text a script from the original service already holds", async () => {
    const key = "ancienne clé privée, pas de l'hexadécimal";
    const user = await addApiUser(server, "migrated", { key });
    expect((await ask(server, user, "search=true")).body.success).toBe("true");
  });

  it("are refused when shorter than 16 characters", async () => {
    await expect(addApiUser(server, "short", { key: "0123456789abcde" })).rejects.toThrow(
      /at least 16 characters/,
    );
  });

  it("stop working at once on every running server when rotated", async () => {
    const user = await addApiUser(server, "rotating");
    const other = await startServerOn(server);
    try {
      expect((await ask(other, user, "search=true")).body.success).toBe("true");
      const newKey = await replaceKey(server.store, "rotating");

      for (const running of [server, other]) {
        const old = await ask(running, user, "search=true");
        expect(old.body.error?.code).toBe("auth_failed");
        const fresh = await ask(running, { ...user, key: newKey }, "search=true");
        expect(fresh.body.success).toBe("true");
      }
    } finally {
      await other.close();
    }
  });
});
