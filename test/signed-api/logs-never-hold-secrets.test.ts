import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/log/logger.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { dropTable } from "../support/test-store.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { FORM_TYPE, hmacHex, ORIGINAL_PATH, send } from "./support/http.js";
import { ask, makeItem } from "./support/items.js";
import { startServerOn } from "./support/second-server.js";

let first: TestServer;
let logged: TestServer;
let api: ApiUser;
const lines: string[] = [];

beforeAll(async () => {
  first = await startTestServer();
  api = await addApiUser(first, "api", { key: "a private key that must stay out of logs" });
  logged = await startServerOn(first, createLogger("trace", { write: (line) => lines.push(line) }));
});
afterAll(async () => {
  await logged.close();
  await first.close();
});

/** Every signature a request of this test sent, to look for in the log. */
const signatures: string[] = [];

function signedBy(query: string, key = api.key): string {
  const signature = hmacHex(query, key);
  signatures.push(signature);
  return `${query}&publicKey=${signature}`;
}

describe("the log", () => {
  it("holds one event per request, and never a signature or a private key", async () => {
    const item = await makeItem(logged, api, "name=Logged");
    await send(logged, { query: signedBy("userName=api&search=true") });
    await send(logged, { path: ORIGINAL_PATH, query: signedBy(`userName=api&id=${item.id}`) });
    await send(logged, {
      method: "POST",
      body: signedBy("userName=api&newItem=true&name=Posted"),
      contentType: FORM_TYPE,
    });
    await send(logged, { query: signedBy("userName=api&search=true", "a wrong key, long enough") });
    await send(logged, { query: signedBy("userName=nobody&search=true") });
    await send(logged, { query: signedBy("userName=api&itemsWanted=0") });
    await send(logged, { query: signedBy("userName=api&name=%FF") });
    await send(logged, { path: "/elsewhere", query: signedBy("userName=api") });
    await send(logged, { path: "/api.php%ZZ", query: signedBy("userName=api") });
    await rawRequest(logged, `GET /api.php?${signedBy("userName=api")} bad HTTP/1.1\r\n\r\n`);
    await breakStore(first);
    const failed = await send(logged, { query: signedBy("userName=api&search=true") });
    expect(failed.body.error?.code).toBe("internal");

    const log = lines.join("");
    expect(lines.filter((line) => line.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(
      10,
    );
    expect(log).toContain('"level":50');
    expect(log).not.toContain(api.key);
    for (const signature of signatures) {
      expect(log).not.toContain(signature);
      expect(log).not.toContain(signature.toUpperCase());
      expect(log).not.toContain(signature.slice(0, 32));
    }
    expect(log).not.toContain("publicKey=");
  });
});

async function breakStore(server: TestServer): Promise<void> {
  await ask(server, api, "search=true");
  await dropTable(server.location, "attributes");
}

function rawRequest(server: TestServer, request: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(new URL(server.url).port), "127.0.0.1");
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer in 10 s")));
    socket.on("data", () => {});
    socket.on("end", () => resolve());
    socket.on("error", reject);
    socket.write(request);
  });
}
