import { barcodeOf, endUser, ipAddress, location, STREAMS } from "../inventory/items.js";
import { Random } from "../inventory/random.js";
import { FIRST_NAMES, ITEM_TYPES } from "../inventory/vocabulary.js";
import type { ReadRequest } from "./read-request.js";

/** What a scenario knows of the inventory it reads. */
export interface InventoryShape {
  /** Items, numbered 1 to `items`: a fresh store numbers an import from 1. */
  items: number;
  seed: number;
}

/** One kind of read, made again and again with other values, so caches do not flatter it. */
export interface Scenario {
  key: string;
  /** What the table shows, as one request of the kind reads. */
  label: string;
  make(random: Random, inventory: InventoryShape): ReadRequest;
}

/** Items on a page of a paged search. */
export const PAGE_SIZE = 50;
/** Deep pages start within this many items of the end. */
const DEEP_SPREAD = 1000;

export const SCENARIOS: readonly Scenario[] = [
  {
    key: "id",
    label: "id=N",
    make: (random, { items }) => ({ kind: "id", id: random.int(1, items) }),
  },
  {
    key: "barcode",
    label: "barcode=FX…",
    make: (random, { items, seed }) => ({
      kind: "barcode",
      barcode: barcodeOf(random.int(0, items - 1), seed),
    }),
  },
  {
    key: "name-prefix",
    label: "name=host-1a*",
    make: (random) => search({ name: `host-${random.hex(2)}*` }),
  },
  {
    key: "ip-infix",
    label: "attributeValues[]=*10.3.12.*",
    make: (random) => search({ attributeValue: `*${subnetOf(ipAddress(random))}*` }),
  },
  {
    key: "user-infix",
    label: "attributeValues[]=*Mallory 99*",
    make: (random) => search({ attributeValue: `*${shortUser(random)}*` }),
  },
  {
    key: "location-pair",
    label: "attributePair Location=Lyon / B2-314",
    make: (random) => search({ pair: { title: "Location", value: location(random) } }),
  },
  {
    key: "item-type",
    label: `itemType=NAME&itemsWanted=${PAGE_SIZE}`,
    make: (random) =>
      search({ itemType: random.pick(ITEM_TYPES), offset: random.int(0, 3) * PAGE_SIZE }),
  },
  {
    key: "deep-offset",
    label: `search, offset near the end`,
    make: (random, { items }) => search({ offset: deepStart(random, items) }),
  },
  {
    key: "deep-after-id",
    label: `search, afterId near the end`,
    make: (random, { items }) => search({ afterId: deepStart(random, items) }),
  },
];

/** `count` requests of a scenario; the same seed always gives the same ones. */
export function requestsOf(
  scenario: Scenario,
  inventory: InventoryShape,
  count: number,
): ReadRequest[] {
  const stream = STREAMS.firstRequest + SCENARIOS.indexOf(scenario);
  const random = new Random(inventory.seed, stream);
  return Array.from({ length: count }, () => scenario.make(random, inventory));
}

function search(spec: Omit<Extract<ReadRequest, { kind: "search" }>["search"], "itemsWanted">) {
  return { kind: "search" as const, search: { ...spec, itemsWanted: PAGE_SIZE } };
}

/** `10.3.12.` of `10.3.12.200`: the pattern that finds a subnet's machines. */
function subnetOf(ip: string): string {
  return ip.slice(0, ip.lastIndexOf(".") + 1);
}

/** `Mallory 99`: a name and two digits, which also finds Mallory 990 to 999. */
function shortUser(random: Random): string {
  const [first = FIRST_NAMES[0]] = endUser(random).split(" ");
  return `${first} ${random.int(10, 99)}`;
}

function deepStart(random: Random, items: number): number {
  return Math.max(0, items - PAGE_SIZE - random.int(0, Math.min(DEEP_SPREAD, items)));
}
