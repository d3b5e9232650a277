import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { type ApiUser, addApiUser } from "./support/accounts.js";
import { type Answer, DOORS, FORM_TYPE, send, sendSigned, signed } from "./support/http.js";
import { ask, makeItem } from "./support/items.js";
import { SIGNING, type SigningVector } from "./support/vectors.js";

let server: TestServer;
let api: ApiUser;
let seedId: number;

beforeAll(async () => {
  server = await startTestServer();
  api = await addApiUser(server, "api", { key: SIGNING.privateKey, role: "editor" });
  const seed = await makeItem(
    server,
    api,
    "name=Front%20Desk%20PC&itemType=Desktop&attributeTitles[]=IP&attributeValues[]=192.168.1.232" +
      "&attributeTitles[]=End%20User&attributeValues[]=Fred",
  );
  seedId = seed.id;
});
afterAll(async () => server.close());

function expectAuthFailed(answer: Answer, what: string): void {
  expect(answer.body.error?.code, what).toBe("auth_failed");
}

/** The signed query's segments other than the signature, as [start, end) offsets. */
function messageRanges(signedQuery: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const piece of signedQuery.split("&")) {
    if (!piece.startsWith("publicKey=")) ranges.push([start, start + piece.length]);
    start += piece.length + 1;
  }
  return ranges;
}

function replaceAt(text: string, at: number, by: string): string {
  return text.slice(0, at) + by + text.slice(at + 1);
}

describe("every signing vector verifies once user api holds the vectors' key", () => {
  for (const vector of SIGNING.vectors) {
    for (const door of DOORS) {
      it(`${vector.why}, by ${door.method} on ${door.path}`, async () => {
        const answer = await sendSigned(server, vector.signedQuery, door);
        expectVectorAnswer(vector, answer);
        if (vector.message.includes("newItem=true")) {
          const made = answer.body.items?.[0]?.id;
          await ask(server, api, `deleteItem=${made}`);
        }
      });
    }
  }
});

/** What each vector asks for, answered: proof that it verified and was read as meant. */
function expectVectorAnswer(vector: SigningVector, answer: Answer): void {
  if (vector.message.includes("newItem=true")) {
    expect(answer.body.success).toBe("true");
    expect(answer.body.items?.[0]).toMatchObject({ name: "Café Kasse", barcode: "000123" });
  } else if (vector.message.includes("editItem=29")) {
    expect(answer.body.error).toEqual({ code: "not_found", message: "there is no item 29" });
  } else {
    expect(answer.body.success).toBe("true");
    expect(answer.body.items?.map((item) => item.id)).toEqual([seedId]);
  }
}

describe("any other change to a signed query fails with auth_failed", () => {
  it("fails when any one byte of the signed message is changed", async () => {
    for (const vector of SIGNING.vectors) {
      for (const [start, end] of messageRanges(vector.signedQuery)) {
        for (let at = start; at < end; at++) {
          const by = vector.signedQuery[at] === "a" ? "b" : "a";
          const answer = await sendSigned(server, replaceAt(vector.signedQuery, at, by));
          expectAuthFailed(answer, `${vector.why}: byte ${at} changed to ${by}`);
        }
      }
    }
  });

  it("fails when any one hex digit of the signature is changed to another value", async () => {
    for (const vector of SIGNING.vectors) {
      const start = vector.signedQuery.indexOf("publicKey=") + "publicKey=".length;
      for (let at = start; at < start + 128; at++) {
        const digit = Number.parseInt(vector.signedQuery[at] ?? "", 16);
        const other = ((digit + 1) % 16).toString(16);
        const answer = await sendSigned(server, replaceAt(vector.signedQuery, at, other));
        expectAuthFailed(answer, `${vector.why}: digit ${at - start} changed to ${other}`);
      }
    }
  });

  it("fails when the query is re-encoded the way another client would have sent it", async () => {
    const reencodings: Array<[string, string, string]> = [
      ["space as plus", "+", "%20"],
      ["space as %20, lower-case escapes", "%20", "+"],
      ["space as %20, lower-case escapes", "%2a", "%2A"],
      ["space as %20, lower-case escapes", "%2a", "*"],
      ["brackets escaped, PHP http_build_query style", "%5B0%5D", "[0]"],
      ["brackets escaped, PHP http_build_query style", "%5B", "%5b"],
      ["brackets raw", "[]", "%5B%5D"],
      ["UTF-8 value", "%C3%A9", "%c3%a9"],
      ["the docs' example", "Desktop", "%44esktop"],
    ];
    for (const [why, from, to] of reencodings) {
      const vector = SIGNING.vectors.find((v) => v.why === why);
      const changed = vector?.signedQuery.replace(from, to) ?? "";
      expect(changed).not.toBe(vector?.signedQuery);
      expectAuthFailed(await sendSigned(server, changed), `${why}: ${from} as ${to}`);
    }
  });

  it("fails when the parameters come in another order", async () => {
    for (const vector of SIGNING.vectors) {
      const segments = vector.signedQuery.split("&");
      const signature = segments.find((segment) => segment.startsWith("publicKey="));
      const [first, second, ...rest] = segments.filter((segment) => segment !== signature);
      const swapped = [second, first, ...rest, signature].join("&");
      expectAuthFailed(await sendSigned(server, swapped), `${vector.why}: ${first} moved`);
    }
  });

  it("fails when any one parameter is dropped or one is added", async () => {
    for (const vector of SIGNING.vectors) {
      const segments = vector.signedQuery.split("&");
      for (let drop = 0; drop < segments.length; drop++) {
        if (segments[drop]?.startsWith("publicKey=")) continue;
        const dropped = segments.filter((_, i) => i !== drop).join("&");
        expectAuthFailed(await sendSigned(server, dropped), `${vector.why}: ${segments[drop]}`);
      }
      const added = `${vector.signedQuery}&itemsWanted=1`;
      expectAuthFailed(await sendSigned(server, added), `${vector.why}: itemsWanted added`);
    }
  });
});

describe("a form body", () => {
  it("verifies and decodes with raw UTF-8 bytes in it, as signed", async () => {
    const body = signed("userName=api&newItem=true&name=Kaffeemühle Büro&barcode=RAW-1", api.key);
    const answer = await send(server, { method: "POST", body, contentType: FORM_TYPE });
    expect(answer.body.items?.[0]).toMatchObject({ name: "Kaffeemühle Büro", barcode: "RAW-1" });
    await ask(server, api, `deleteItem=${answer.body.items?.[0]?.id}`);
  });
});

describe("the signature's spelling", () => {
  const example = SIGNING.vectors[0] as SigningVector;

  it("passes in upper-case or mixed-case hex", async () => {
    const mixed = example.publicKey.replace(/[a-f]/g, (d, i: number) =>
      i % 2 ? d.toUpperCase() : d,
    );
    for (const signature of [example.publicKey.toUpperCase(), mixed]) {
      const answer = await sendSigned(server, `${example.message}&publicKey=${signature}`);
      expect(answer.body.success).toBe("true");
    }
  });

  it("fails when it has the wrong length, even as a prefix of the right one", async () => {
    const right = example.publicKey;
    const wrong = [
      "",
      right.slice(0, 64),
      right.slice(0, 127),
      `${right}0`,
      `${right}${right}`,
      `${right.slice(0, 126)}zz`,
    ];
    for (const signature of wrong) {
      const answer = await sendSigned(server, `${example.message}&publicKey=${signature}`);
      expectAuthFailed(answer, `a signature of ${signature.length} characters`);
    }
  });
});
