import { type CatalogRef, DATE_PATTERN, MAX_ID } from "../domain/item.js";
import { badRequest } from "../errors/codes.js";

/** Flags take `true` or `1`; `false` and `0` say no. */
export function readFlag(name: string, value: string): boolean {
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw badRequest(`parameter ${name} takes true or 1, not "${clip(value)}"`);
}

/** A whole number from `min` up, as paging takes. */
export function readInteger(name: string, value: string, min: number): number {
  const number = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min) {
    throw badRequest(
      `parameter ${name} must be a whole number from ${min} up, not "${clip(value)}"`,
    );
  }
  return number;
}

/** An item's id: from `min` (1, or 0 for `afterId`) up to the largest id a store holds. */
export function readId(name: string, value: string, min = 1): number {
  const id = readInteger(name, value, min);
  if (id > MAX_ID) throw badRequest(`parameter ${name}: ids go up to ${MAX_ID}, not ${id}`);
  return id;
}

/** Whether `value` is a whole number above `max`, however many digits it has. */
export function isWholeNumberOver(value: string, max: number): boolean {
  return /^\d+$/.test(value) && BigInt(value) > BigInt(max);
}

/** An item type or category: digits are an id, other text a name, empty means none. */
export function readCatalogRef(name: string, value: string): CatalogRef | null {
  const text = value.trim();
  if (text === "") return null;
  if (!/^\d+$/.test(text)) return { name: text };
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id > MAX_ID) {
    throw badRequest(`parameter ${name}: ids go up to ${MAX_ID}, not ${clip(text)}`);
  }
  return { id };
}

export function readDate(name: string, value: string): string {
  const date = new Date(`${value.replace(" ", "T")}Z`);
  const valid = DATE_PATTERN.test(value) && !Number.isNaN(date.getTime());
  if (!valid || date.toISOString().slice(0, 19) !== value.replace(" ", "T")) {
    throw badRequest(
      `parameter ${name} must be a UTC time as YYYY-MM-DD HH:MM:SS, not "${clip(value)}"`,
    );
  }
  return value;
}

/** A value shown in a message, cut short so a message stays a sentence. */
export function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
