import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { headerMappingMarkdown } from "../../src/transfer/index.js";

describe("the README", () => {
  it("shows the import's header mapping as the importer applies it", () => {
    const readme = fs.readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain(headerMappingMarkdown().trim());
  });
});
