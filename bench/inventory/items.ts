import { Random } from "./random.js";
import {
  CATEGORIES,
  FIRST_NAMES,
  ITEM_TYPES,
  MEMORY_SIZES,
  NOTE_PARTS,
  OPERATING_SYSTEMS,
  SITES,
  VENDORS,
} from "./vocabulary.js";

/** The eight attributes of every item, in the order each item sets them. */
export const ATTRIBUTE_TITLES = [
  "OS",
  "IP Address",
  "End User",
  "Location",
  "Serial",
  "Memory",
  "Vendor",
  "Notes",
] as const;

/** One item of the inventory, as a row of the CSV file says it. */
export interface InventoryItem {
  name: string;
  barcode: string;
  itemType: string;
  category: string;
  /** Values in the order of ATTRIBUTE_TITLES. */
  values: string[];
}

/** The random stream each use of the seed draws from. */
export const STREAMS = { items: 1, links: 2, firstRequest: 100 } as const;

const BARCODE_SPACE = 1_000_000_000;
/** Odd and not a multiple of 5, so that index → barcode is one to one below BARCODE_SPACE. */
const BARCODE_STEP = 7_919_113;
const SERIAL_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

/**
 * The items of an inventory, one at a time, so that a million need no more
 * memory than one. The same count and seed always give the same items.
 */
export function* inventoryItems(count: number, seed: number): Generator<InventoryItem> {
  const random = new Random(seed, STREAMS.items);
  for (let index = 0; index < count; index++) yield itemAt(random, index, seed);
}

/** The barcode of the item at `index` (from 0), known without making the items before it. */
export function barcodeOf(index: number, seed: number): string {
  const number = (index * BARCODE_STEP + seed * 104_729) % BARCODE_SPACE;
  return `FX${String(number).padStart(9, "0")}`;
}

/** `10.site.subnet.host`: 16 sites of 64 subnets, so `*10.3.12.*` finds a subnet's machines. */
export function ipAddress(random: Random): string {
  return `10.${random.int(0, 15)}.${random.int(0, 63)}.${random.int(1, 254)}`;
}

/** A room such as `Lyon / B2-314`: 8,000 of them. */
export function location(random: Random): string {
  const room = String(random.int(1, 20)).padStart(2, "0");
  return `${random.pick(SITES)} / B${random.int(1, 4)}-${random.int(1, 5)}${room}`;
}

/** A person such as `Mallory 99`: 20 names numbered up to 999. */
export function endUser(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.int(1, 999)}`;
}

function itemAt(random: Random, index: number, seed: number): InventoryItem {
  const typeIndex = random.int(0, ITEM_TYPES.length - 1);
  const values = [
    random.pick(OPERATING_SYSTEMS),
    ipAddress(random),
    endUser(random),
    location(random),
    serial(random),
    random.pick(MEMORY_SIZES),
    VENDORS[typeIndex % VENDORS.length] ?? "",
    notes(random),
  ];
  return {
    name: `host-${random.hex(6)}`,
    barcode: barcodeOf(index, seed),
    itemType: ITEM_TYPES[typeIndex] ?? "",
    category: random.pick(CATEGORIES),
    values,
  };
}

function serial(random: Random): string {
  let text = "";
  for (let i = 0; i < 10; i++) {
    text += SERIAL_CHARACTERS[random.int(0, SERIAL_CHARACTERS.length - 1)];
  }
  return text;
}

function notes(random: Random): string {
  const parts = Array.from({ length: random.int(1, 3) }, () => random.pick(NOTE_PARTS));
  return `${parts.join("; ")} (${2015 + random.int(0, 10)})`;
}
