import { badRequest } from "../errors/codes.js";
import { codePointLength, fold, toNfc } from "./fold.js";
import type { Attribute } from "./item.js";

export const LIMITS = {
  nameLength: 255,
  barcodeLength: 128,
  titleLength: 255,
  valueLength: 4096,
  attributesPerItem: 500,
  catalogNameLength: 255,
} as const;

/** Any control character, or half of a surrogate pair standing alone. */
const UNFIT_IN_A_NAME = /[\p{Cc}\p{Cs}]/u;
/** A value may hold tabs and line breaks, as notes do; no other control character. */
const UNFIT_IN_A_VALUE = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/**
 * Refuses text that stores and searches cannot treat alike: a NUL ends a
 * string for SQLite's LIKE, and a lone surrogate is not Unicode at all.
 */
function refuseUnfit(field: string, text: string, unfit: RegExp): string {
  if (unfit.test(text)) {
    throw badRequest(`${field} holds a control character or text that is not valid Unicode`);
  }
  return text;
}

/** An item's name: NFC, trimmed, 1 to 255 characters. */
export function checkName(name: string): string {
  const text = refuseUnfit("name", toNfc(name).trim(), UNFIT_IN_A_NAME);
  const length = codePointLength(text);
  if (length === 0) throw badRequest("name must not be empty");
  if (length > LIMITS.nameLength) {
    throw badRequest(`name must be at most ${LIMITS.nameLength} characters, not ${length}`);
  }
  return text;
}

/** A barcode in the form it is stored and looked up in: NFC, trimmed; empty means none. */
export function normalizeBarcode(barcode: string): string | null {
  const text = toNfc(barcode).trim();
  return text === "" ? null : text;
}

/** A barcode: NFC, trimmed, at most 128 characters; empty means none. */
export function checkBarcode(barcode: string | null): string | null {
  const text = barcode === null ? null : normalizeBarcode(barcode);
  if (text === null) return null;
  refuseUnfit("barcode", text, UNFIT_IN_A_NAME);
  const length = codePointLength(text);
  if (length > LIMITS.barcodeLength) {
    throw badRequest(`barcode must be at most ${LIMITS.barcodeLength} characters, not ${length}`);
  }
  return text;
}

/** A name of an item type or category. */
export function checkCatalogName(field: string, name: string): string {
  const text = refuseUnfit(field, toNfc(name).trim(), UNFIT_IN_A_NAME);
  const length = codePointLength(text);
  if (length > LIMITS.catalogNameLength) {
    throw badRequest(`${field} name must be at most ${LIMITS.catalogNameLength} characters`);
  }
  return text;
}

export function checkTitle(title: string): string {
  const text = refuseUnfit("an attribute title", toNfc(title).trim(), UNFIT_IN_A_NAME);
  const length = codePointLength(text);
  if (length === 0) throw badRequest("an attribute title must not be empty");
  if (length > LIMITS.titleLength) {
    throw badRequest(
      `attribute title "${text.slice(0, 40)}…" is over ${LIMITS.titleLength} characters`,
    );
  }
  return text;
}

export function checkValue(title: string, value: string): string {
  const text = refuseUnfit(`the value of attribute "${title}"`, toNfc(value), UNFIT_IN_A_VALUE);
  if (codePointLength(text) > LIMITS.valueLength) {
    throw badRequest(`the value of attribute "${title}" is over ${LIMITS.valueLength} characters`);
  }
  return text;
}

/**
 * Checks titles and values; two titles equal ignoring case and accents are
 * refused, and so are more than an item may hold.
 */
export function checkAttributes(attributes: readonly Attribute[]): Attribute[] {
  if (attributes.length > LIMITS.attributesPerItem) {
    throw badRequest(`an item may have at most ${LIMITS.attributesPerItem} attributes`);
  }
  const seen = new Set<string>();
  return attributes.map(([rawTitle, rawValue]) => {
    const title = checkTitle(rawTitle);
    const folded = fold(title);
    if (seen.has(folded)) throw badRequest(`attribute title "${title}" is given twice`);
    seen.add(folded);
    return [title, checkValue(title, rawValue)] as const;
  });
}

/** Refuses a title or id that one request both adds and removes. */
export function checkNoOverlap<T>(field: string, added: readonly T[], removed: readonly T[]): void {
  const removing = new Set(removed);
  const both = added.find((entry) => removing.has(entry));
  if (both !== undefined) {
    throw badRequest(`${field}: "${String(both)}" is both added and removed`);
  }
}
