import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/errors/codes.js";

describe("the error code registry", () => {
  it("is documented in docs/signed-api.md with the same statuses and meanings", () => {
    const docs = fs.readFileSync(new URL("../../docs/signed-api.md", import.meta.url), "utf8");
    const rows = [...docs.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \| (.+) \|$/gm)];
    const documented = Object.fromEntries(
      rows.map(([, code, status, meaning]) => [code, { status: Number(status), meaning }]),
    );
    expect(documented).toEqual(ERROR_CODES);
  });
});
