import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

// On PostgreSQL each of these was an `internal` 500: it takes no NUL in text
// and no id past 32 bits. Every store now answers them alike, as bad requests.
describe("values that no store can hold", () => {
  it.each([
    ["search=true&name=*%00*", "parameter name holds a NUL character"],
    ["barcode=%00", "parameter barcode holds a NUL character"],
    ["search=true&attributeValues[]=a%00", "parameter attributeValues[] holds a NUL character"],
    ["search=true&itemType=%00", "parameter itemType holds a NUL character"],
    ["id=2147483648", "parameter id: ids go up to 2147483647, not 2147483648"],
    ["editItem=99999999999&name=x", "parameter editItem: ids go up to 2147483647"],
    ["search=true&afterId=2147483648", "parameter afterId: ids go up to 2147483647"],
    ["search=true&category=2147483648", "parameter category: ids go up to 2147483647"],
    ["newItem=true&name=x&links[]=4294967296", "parameter links: ids go up to 2147483647"],
  ])("%s is a bad request naming the parameter", async (query, message) => {
    const answer = await callSigned(server, `userName=admin&${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("bad_request");
    expect(answer.body.error?.message).toContain(message);
  });

  it("a user name with a NUL is an unknown user, like any other", async () => {
    const answer = await callSigned(server, "userName=ad%00min&search=true");
    expect(answer.status).toBe(401);
    expect(answer.body.error?.code).toBe("auth_failed");
  });

  it("the largest id is still looked up, and found missing", async () => {
    const answer = await callSigned(server, "userName=admin&id=2147483647");
    expect(answer.body.error?.code).toBe("not_found");
  });
});
