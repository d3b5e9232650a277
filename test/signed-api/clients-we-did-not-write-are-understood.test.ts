import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { describeWithTools } from "./support/external-tools.js";
import type { AnswerBody } from "./support/http.js";
import { makeItem } from "./support/items.js";
import { SIGNING } from "./support/vectors.js";

const run = promisify(execFile);

let server: TestServer;
let api: ApiUser;
beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api", { key: SIGNING.privateKey });
});
afterAll(async () => server.close());

/** Signs with openssl and sends with curl, as the README shows a shell user doing. */
const SHELL_CLIENT = `
sig=$(printf '%s' "$Q" | openssl dgst -sha512 -hmac "$KEY" | sed 's/^.*= //')
if [ "$METHOD" = POST ]; then
  curl -sS -g --data-binary "$Q&publicKey=$sig" "$URL$API_PATH"
else
  curl -sS -g "$URL$API_PATH?$Q&publicKey=$sig"
fi
`;

async function shellCall(query: string, method: "GET" | "POST", path: string): Promise<AnswerBody> {
  const env = { ...process.env, Q: query, KEY: api.key, URL: server.url, METHOD: method };
  const { stdout } = await run("sh", ["-c", SHELL_CLIENT], {
    env: { ...env, API_PATH: path },
    timeout: 20_000,
  });
  return JSON.parse(stdout) as AnswerBody;
}

describeWithTools(
  "requests signed by openssl and sent by curl",
  [
    ["openssl", ["version"]],
    ["curl", ["--version"]],
  ],
  () => {
    it("verify and find items, by GET on the original path and POST on the alias", async () => {
      const item = await makeItem(
        server,
        api,
        "name=Front%20Desk&itemType=Desktop&attributeTitles[]=End%20User&attributeValues[]=Fred",
      );
      const queries = [
        "userName=api&search=true&itemType=Desktop",
        "userName=api&search=true&name=front+desk",
        "userName=api&search=true&attributePairTitles[]=End%20User&attributePairValues[]=fr*",
        "userName=api&search=true&attributePairTitles%5b0%5d=end+user" +
          "&attributePairValues%5b0%5d=FRED",
      ];
      for (const query of queries) {
        for (const [method, path] of [
          ["GET", "/inventory/inventory/dataHandlers/api.php"],
          ["POST", "/api.php"],
        ] as const) {
          const answer = await shellCall(query, method, path);
          expect(
            answer.items?.map((found) => found.id),
            `${method} ${query}`,
          ).toEqual([item.id]);
        }
      }
    });
  },
);

describeWithTools(
  "a 2012 PHP script using hash_hmac and http_build_query",
  [["php", ["--version"]]],
  () => {
    it("makes, finds and edits items on the original path, and reads a refusal", async () => {
      const script = fileURLToPath(new URL("./fixtures/script-2012.php", import.meta.url));
      const host = new URL(server.url).host;
      const { stdout } = await run("php", [script, host, "api", api.key], { timeout: 20_000 });
      const results = JSON.parse(stdout) as Record<string, AnswerBody>;

      const made = results.made?.items?.[0];
      expect(made).toMatchObject({
        name: "Glados Café",
        barcode: "0004334433434",
        assetType: "Desktop",
        attributes: { OS: "Windows", IP: "192.168.1.232", "End User": "Fred & Chris" },
      });
      for (const search of ["byType", "byIp", "byPair", "byBarcode"]) {
        const ids = results[search]?.items?.map((item) => item.id);
        expect(ids, search).toContain(made?.id);
      }
      expect(results.edited?.items?.[0]?.attributes).toEqual({
        IP: "192.168.1.222",
        "End User": "Fred & Chris",
      });
      expect(results.refused).toMatchObject({ success: "false", error: { code: "auth_failed" } });
    });
  },
);
