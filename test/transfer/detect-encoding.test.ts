import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectEncoding } from "../../src/transfer/detect-encoding.js";

const FRENCH = "Nom,Lieu\nCafé de la Gare,Saint-Étienne\nGarçon,Noël à l’hôtel\n";

describe("encoding detection", () => {
  it("reads a byte order mark first", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Name\n")]);
    expect(detectEncoding(bytes)).toEqual({ name: "utf-8", bomLength: 3, chosenBy: "bom" });
  });

  it("takes valid UTF-8 as UTF-8, even when the sample cuts a character", () => {
    const bytes = Buffer.from("Name\nSaint-Étienne", "utf8");
    expect(detectEncoding(bytes.subarray(0, bytes.length - 9)).name).toBe("utf-8");
  });

  it("tells Windows-1252 from Mac Roman", () => {
    expect(detectEncoding(iconv.encode(FRENCH, "windows-1252")).name).toBe("windows-1252");
    expect(detectEncoding(iconv.encode(FRENCH, "macintosh")).name).toBe("macintosh");
  });

  it("reads a single accented word in either encoding", () => {
    expect(detectEncoding(iconv.encode("Name\nCafé\n", "windows-1252")).name).toBe("windows-1252");
    expect(detectEncoding(iconv.encode("Name\rCafé\r", "macintosh")).name).toBe("macintosh");
  });

  it("lets an explicit encoding win over detection", () => {
    const bytes = Buffer.from("Name\nCafé\n", "utf8");
    expect(detectEncoding(bytes, "cp1252")).toEqual({
      name: "windows-1252",
      bomLength: 0,
      chosenBy: "option",
    });
  });

  it("refuses an encoding it does not know, naming it", () => {
    expect(() => detectEncoding(Buffer.from("x"), "klingon-8")).toThrow(/"klingon-8"/);
  });
});
