import { describe, expect, it } from "vitest";
import { hasMojibake, mojibakeRepairer } from "../../src/transfer/mojibake.js";

/** What Mac Roman gives the bytes cp1252 leaves undefined, as a Mac file carries them. */
const MAC_LOST_BYTE_CHARS = "Åçèêù";

describe("the mojibake repair", () => {
  const repair = mojibakeRepairer(MAC_LOST_BYTE_CHARS);

  it("repairs UTF-8 that was read once as Windows-1252", () => {
    expect(repair("Saint-Ã‰tienne")).toEqual({ outcome: "repaired", text: "Saint-Étienne" });
    expect(repair("Lutsâ€™k")).toEqual({ outcome: "repaired", text: "Luts’k" });
    expect(repair("JoÅ¡eva")).toEqual({ outcome: "repaired", text: "Joševa" });
  });

  it("composes a repaired letter and its combining mark into NFC", () => {
    expect(repair("Plei KÃ¢Ì€n").text).toBe("Plei K\u1ea7n");
  });

  it("repairs text that was read as Windows-1252 twice", () => {
    expect(repair("CafÃƒÂ©").text).toBe("Café");
  });

  it("never changes legitimate accented text", () => {
    for (const text of [
      "Café",
      "déçu",
      "São Paulo",
      "naïve",
      "Ärger",
      "Goz Béïda",
      '13" — 2½ kg',
    ]) {
      expect(repair(text)).toEqual({ outcome: "clean", text });
    }
  });

  it("flags, and keeps as it stands, text that lost a byte", () => {
    for (const text of ["Äêoan HÃ_ng", "RÄÅwandÅ«z", "Å_wiÄ™tajno", "TuÄçepi"]) {
      expect(repair(text)).toEqual({ outcome: "unrepairable", text });
    }
  });

  it("recognises the mark of doubly decoded text only where it is", () => {
    expect(hasMojibake("Ã©")).toBe(true);
    expect(hasMojibake("Éé")).toBe(false);
  });
});
