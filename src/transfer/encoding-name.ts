import iconv from "iconv-lite";
import { badRequest } from "../errors/codes.js";

/** Spellings of the encodings Flextory names in its reports, by their letters and digits. */
const CANONICAL: Readonly<Record<string, string>> = {
  utf8: "utf-8",
  utf16le: "utf-16le",
  utf16be: "utf-16be",
  cp1252: "windows-1252",
  windows1252: "windows-1252",
  win1252: "windows-1252",
  mac: "macintosh",
  macintosh: "macintosh",
  macroman: "macintosh",
  xmacroman: "macintosh",
};

export const MAC_ROMAN = "macintosh";

/** One name per encoding, so reports and checks agree; refuses an unknown encoding, naming it. */
export function canonicalEncoding(name: string): string {
  const letters = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  const known = CANONICAL[letters];
  if (known !== undefined) return known;

  const trimmed = name.trim().toLowerCase();
  if (!iconv.encodingExists(trimmed)) throw badRequest(`encoding "${name}" is not known`);
  return trimmed;
}
