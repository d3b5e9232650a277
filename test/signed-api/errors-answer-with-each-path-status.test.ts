import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { dropTable } from "../support/test-store.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { ALIAS_PATH, type Answer, FORM_TYPE, ORIGINAL_PATH, send, signed } from "./support/http.js";
import { ask, makeItem } from "./support/items.js";

let server: TestServer;
let editor: ApiUser;
let reader: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  editor = await addApiUser(server, "editor");
  reader = await addApiUser(server, "reader", { role: "read-only" });
  await makeItem(server, editor, "name=Taken&barcode=TAKEN");
});
afterAll(async () => server.close());

/** One way to bring about each error code that needs no special server. */
const CAUSES: Array<[code: string, status: number, cause: (path: string) => Promise<Answer>]> = [
  ["bad_request", 400, (path) => ask(server, editor, "search=true&itemsWanted=0", { path })],
  [
    "auth_failed",
    401,
    (path) => ask(server, { ...editor, key: reader.key }, "search=true", { path }),
  ],
  ["forbidden", 403, (path) => ask(server, reader, "newItem=true&name=No", { path })],
  ["not_found", 404, (path) => ask(server, editor, "id=999999", { path })],
  [
    "conflict",
    409,
    (path) => ask(server, editor, "newItem=true&name=Again&barcode=TAKEN", { path }),
  ],
];

function expectJsonError(answer: Answer, code: string): void {
  expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
  expect(answer.body).toEqual({ success: "false", error: { code, message: expect.any(String) } });
}

describe("error answers", () => {
  it("carry their code's own status on /api.php", async () => {
    for (const [code, status, cause] of CAUSES) {
      const answer = await cause(ALIAS_PATH);
      expectJsonError(answer, code);
      expect(answer.status, code).toBe(status);
    }
  });

  it("answer 200 on the original path, with the same JSON, as 2012 clients expect", async () => {
    for (const [code, , cause] of CAUSES) {
      const original = await cause(ORIGINAL_PATH);
      expectJsonError(original, code);
      expect(original.status, code).toBe(200);
      expect(original.text, code).toBe((await cause(ALIAS_PATH)).text);
    }
  });

  it("answer not_found in JSON for a path that is not the API", async () => {
    for (const path of ["/", "/api", "/inventory/inventory/dataHandlers/other.php"]) {
      const answer = await send(server, { path, query: signed("userName=editor", editor.key) });
      expectJsonError(answer, "not_found");
      expect(answer.status, path).toBe(404);
      expect(answer.body.error?.message, path).not.toContain("publicKey");
    }
  });

  it("answer a path with a malformed escape without quoting the signed query back", async () => {
    const query = signed("userName=editor&search=true", editor.key);
    const answer = await send(server, { path: "/api.php%zz", query });
    expectJsonError(answer, "bad_request");
    expect(answer.body.error?.message).not.toContain("publicKey");
  });

  // Node itself answered a request without Host with a bare 400 and no JSON.
  it("answer a request without a Host header in JSON, as any other", async () => {
    const { port } = new URL(server.url);
    const reply = await rawExchange(
      Number(port),
      "GET /api.php?userName=editor HTTP/1.1\r\nConnection: close\r\n\r\n",
    );
    const [head = "", body = ""] = reply.split("\r\n\r\n");
    expect(head).toMatch(/^HTTP\/1\.1 401 /);
    expect(JSON.parse(body)).toMatchObject({ success: "false", error: { code: "auth_failed" } });
  });

  it("answer a request line HTTP cannot parse with a JSON bad_request", async () => {
    const { port } = new URL(server.url);
    for (const raw of [
      "GET /api.php?a b c HTTP/1.1\r\n\r\n",
      "\u0001\u0002 nonsense\r\n\r\n",
      "GET\r\n\r\n",
    ]) {
      const reply = await rawExchange(Number(port), raw);
      const [head = "", body = ""] = reply.split("\r\n\r\n");
      expect(head, raw).toMatch(/^HTTP\/1\.1 400 /);
      expect(head.toLowerCase(), raw).toContain("content-type: application/json; charset=utf-8");
      expect(JSON.parse(body), raw).toMatchObject({
        success: "false",
        error: { code: "bad_request" },
      });
    }
  });
});

describe("POST requests", () => {
  it("are a bad_request with both a body and a query", async () => {
    const query = signed("userName=editor&search=true", editor.key);
    const answer = await send(server, {
      method: "POST",
      query,
      body: query,
      contentType: FORM_TYPE,
    });
    expectJsonError(answer, "bad_request");
  });

  it("are a bad_request with a body of another content type, or none", async () => {
    const body = signed("userName=editor&search=true", editor.key);
    for (const contentType of [
      "application/json",
      "text/plain",
      "multipart/form-data; boundary=x",
      undefined,
    ]) {
      const answer = await send(server, {
        method: "POST",
        body,
        ...(contentType ? { contentType } : {}),
      });
      expectJsonError(answer, "bad_request");
    }
  });

  it("take a form content type with a charset, as PHP and browsers send it", async () => {
    const body = signed("userName=editor&search=true", editor.key);
    const contentType = `${FORM_TYPE}; charset=UTF-8`;
    const answer = await send(server, { method: "POST", path: ORIGINAL_PATH, body, contentType });
    expect(answer.body.success).toBe("true");
  });
});

describe("rate limiting", () => {
  let limited: TestServer;
  let user: ApiUser;
  let other: ApiUser;
  beforeAll(async () => {
    limited = await startTestServer({ FLEXTORY_RATE_LIMIT: "2" });
    user = await addApiUser(limited, "busy");
    other = await addApiUser(limited, "calm");
  });
  afterAll(async () => limited.close());

  it("answers rate_limited with Retry-After past the limit, on both paths", async () => {
    expect((await ask(limited, user, "search=true")).body.success).toBe("true");
    expect((await ask(limited, user, "search=true")).body.success).toBe("true");
    for (const [path, status] of [
      [ALIAS_PATH, 429],
      [ORIGINAL_PATH, 200],
    ] as const) {
      const answer = await ask(limited, user, "search=true", { path });
      expectJsonError(answer, "rate_limited");
      expect(answer.status).toBe(status);
      const retryAfter = Number(answer.headers["retry-after"]);
      expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    }
  });

  it("counts each user apart", async () => {
    expect((await ask(limited, other, "search=true")).body.success).toBe("true");
  });
});

describe("a fault in the store", () => {
  let broken: TestServer;
  let user: ApiUser;
  beforeAll(async () => {
    broken = await startTestServer();
    user = await addApiUser(broken, "unlucky");
    await makeItem(broken, user, "name=Before&attributeTitles[]=IP&attributeValues[]=10.0.0.1");
    // Break the store underneath the running server, as a damaged file would.
    await dropTable(broken.location, "attributes");
  });
  afterAll(async () => broken.close());

  it("answers internal: 500 on /api.php, 200 on the original path, telling nothing", async () => {
    for (const [path, status] of [
      [ALIAS_PATH, 500],
      [ORIGINAL_PATH, 200],
    ] as const) {
      const answer = await ask(broken, user, "search=true", { path });
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual({
        success: "false",
        error: { code: "internal", message: "The server could not complete the request." },
      });
      expect(answer.text).not.toMatch(/attributes|sqlite|table|select/i);
    }
  });
});

/** Writes raw bytes to the server and reads until it closes. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let reply = "";
    socket.setTimeout(10_000, () => socket.destroy(new Error("no answer in 10 s")));
    socket.on("data", (chunk) => {
      reply += chunk.toString("utf8");
    });
    socket.on("end", () => resolve(reply));
    socket.on("error", reject);
    socket.write(Buffer.from(request, "latin1"));
  });
}
