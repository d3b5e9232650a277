import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSuspended } from "../../src/services/account-service.js";
import { changeUser } from "../../src/services/user-service.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser, addOtherAccount } from "./support/accounts.js";
import { ALIAS_PATH, type Answer, hmacHex, ORIGINAL_PATH, send, signed } from "./support/http.js";

let server: TestServer;
let api: ApiUser;
let disabled: ApiUser;
let suspended: ApiUser;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api");
  disabled = await addApiUser(server, "gone");
  await changeUser(server.store, "gone", { disabled: true });
  suspended = await addOtherAccount(server, "Unpaid", "unpaid-admin");
  await setSuspended(server.store, "Unpaid", true);
});
afterAll(async () => server.close());

/** Raw queries that must all fail alike, each named for what is wrong with it. */
function failingQueries(): Array<[string, string]> {
  const search = "search=true";
  return [
    ["no userName", signed(search, api.key)],
    ["no publicKey", `userName=api&${search}`],
    ["an empty publicKey", `userName=api&${search}&publicKey=`],
    ["an unknown user", signed(`userName=nobody&${search}`, api.key)],
    ["a user name in another case", signed(`userName=API&${search}`, api.key)],
    ["a disabled user", signed(`userName=gone&${search}`, disabled.key)],
    ["a suspended account", signed(`userName=unpaid-admin&${search}`, suspended.key)],
    ["a wrong signature", signed(`userName=api&${search}`, disabled.key)],
    ["userName twice", signed(`userName=api&userName=api&${search}`, api.key)],
    ["a malformed userName", signed(`userName=ap%ZZi&${search}`, api.key)],
    ["userName as a list", signed(`userName[]=api&${search}`, api.key)],
    [
      "publicKey twice",
      `userName=api&${search}&publicKey=${hmacHex(`userName=api&${search}`, api.key)}` +
        `&publicKey=${hmacHex(`userName=api&${search}`, api.key)}`,
    ],
  ];
}

describe("every failure to authenticate", () => {
  it("answers auth_failed with one and the same body, whoever asks", async () => {
    const answers: Array<[string, Answer]> = [];
    for (const [what, query] of failingQueries()) {
      answers.push([what, await send(server, { path: ALIAS_PATH, query })]);
    }
    const [, first] = answers[0] as [string, Answer];
    expect(first.body.error?.code).toBe("auth_failed");
    for (const [what, answer] of answers) {
      expect(answer.text, what).toBe(first.text);
      expect(answer.status, what).toBe(401);
    }
  });

  it("answers the same on the original path, with status 200", async () => {
    const reference = await send(server, { path: ALIAS_PATH, query: "userName=api" });
    for (const [what, query] of failingQueries()) {
      const answer = await send(server, { path: ORIGINAL_PATH, query });
      expect(answer.status, what).toBe(200);
      expect(answer.text, what).toBe(reference.text);
    }
  });

  it("lets the same users in once their signature is right and nothing stops them", async () => {
    const answer = await send(server, { query: signed("userName=api&search=true", api.key) });
    expect(answer.body.success).toBe("true");
  });
});
