import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSigned, startTestServer, type TestServer } from "../support/test-server.js";

describe("the signed API on a fresh store", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it("makes an item and finds it again by a name pattern", async () => {
    const made = await callSigned(
      server,
      "userName=admin&newItem=true&name=Glados&barcode=4334433434&itemType=Desktop" +
        "&attributeTitles[]=OS&attributeValues[]=Windows" +
        "&attributeTitles[]=IP&attributeValues[]=192.168.1.232",
    );
    expect(made.body.success).toBe("true");
    expect(made.body.warnings).toEqual(['item type "Desktop" was created']);

    const found = await callSigned(server, "userName=admin&search=true&name=gla*");
    expect(found.body.total).toBe(1);
    expect(found.body.items?.[0]?.attributes).toEqual({ OS: "Windows", IP: "192.168.1.232" });
  });
});
