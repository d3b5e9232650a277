import { describe, expect, it } from "vitest";
import {
  HEADER_SYNONYMS,
  headerForTitle,
  prefixedTitleOf,
  reservedColumnOf,
} from "../../src/transfer/header-map.js";

describe("the header mapping", () => {
  it("recognises every documented header, ignoring case and spaces", () => {
    expect(reservedColumnOf("ASSET TAG")).toBe("barcode");
    expect(reservedColumnOf("assettag")).toBe("barcode");
    expect(reservedColumnOf("  item   name ")).toBe("name");
    expect(reservedColumnOf("Model name")).toBe("itemType");
    for (const [column, headers] of Object.entries(HEADER_SYNONYMS)) {
      for (const header of headers) expect(reservedColumnOf(header)).toBe(column);
    }
  });

  it("never matches a part of a header", () => {
    expect(reservedColumnOf("Model Number")).toBeUndefined();
    expect(reservedColumnOf("Full Name")).toBeUndefined();
    expect(reservedColumnOf("Name of owner")).toBeUndefined();
    expect(reservedColumnOf("Categoryish")).toBeUndefined();
    expect(reservedColumnOf("Tags")).toBeUndefined();
  });

  it("reads an attribute: prefix in any case as an attribute title", () => {
    expect(prefixedTitleOf("Attribute:Name")).toBe("Name");
    expect(prefixedTitleOf("ATTRIBUTE: Barcode")).toBe("Barcode");
    expect(prefixedTitleOf("Name")).toBeUndefined();
  });

  it("prefixes exactly the titles that would be read back as something else", () => {
    expect(headerForTitle("Name")).toBe("attribute:Name");
    expect(headerForTitle("asset tag")).toBe("attribute:asset tag");
    expect(headerForTitle("attribute:x")).toBe("attribute:attribute:x");
    expect(headerForTitle("Model Number")).toBe("Model Number");
    expect(prefixedTitleOf(headerForTitle("attribute:x"))).toBe("attribute:x");
  });
});
