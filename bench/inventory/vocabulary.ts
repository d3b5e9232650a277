/** The words an inventory is made of: an IT department's machines, places and people. */

export const VENDORS = [
  "Dell",
  "HP",
  "Lenovo",
  "Apple",
  "Cisco",
  "Supermicro",
  "Fujitsu",
  "Asus",
  "Acer",
  "Brother",
] as const;

const FAMILIES = ["Latitude", "EliteBook", "ThinkPad", "Optiplex", "ProDesk", "PowerEdge"];
const KINDS = ["Laptops", "Desktops", "Servers", "Printers", "Switches"];
const DEPARTMENTS = ["Finance", "Research", "Sales", "Support", "Facilities"];
const REGIONS = ["North", "South"];

export const OPERATING_SYSTEMS = [
  "Windows 11 Pro",
  "Windows 10 Pro",
  "Windows Server 2022",
  "Ubuntu 22.04 LTS",
  "Ubuntu 24.04 LTS",
  "Debian 12",
  "Red Hat Enterprise Linux 9",
  "macOS 14 Sonoma",
  "macOS 15 Sequoia",
  "Cisco IOS XE 17",
  "ChromeOS 120",
  "FreeBSD 14",
] as const;

export const MEMORY_SIZES = ["4 GB", "8 GB", "16 GB", "32 GB", "64 GB", "128 GB", "256 GB"];

export const FIRST_NAMES = [
  "Alice",
  "Bob",
  "Carol",
  "Dave",
  "Erin",
  "Frank",
  "Grace",
  "Heidi",
  "Ivan",
  "Judy",
  "Mallory",
  "Niaj",
  "Olivia",
  "Peggy",
  "Rupert",
  "Sybil",
  "Trent",
  "Victor",
  "Walter",
  "Zoé",
] as const;

/** Twenty sites with a few accented names, as a real list has. */
export const SITES = [
  "Lyon",
  "Saint-Étienne",
  "Zürich",
  "München",
  "Kraków",
  "Lisboa",
  "Göteborg",
  "Toronto",
  "Montréal",
  "Boston",
  "Austin",
  "Denver",
  "Oslo",
  "Dublin",
  "Porto",
  "Sevilla",
  "Gdańsk",
  "Brno",
  "Tartu",
  "Malmö",
] as const;

/** Fragments of notes; some hold commas and quotes, which CSV must quote. */
export const NOTE_PARTS = [
  "Reimaged after repair",
  "battery replaced",
  'labelled "spare"',
  "warranty until 2027",
  "docking station, two monitors",
  "moved from the old building",
  "BIOS password set",
  "encrypted disk",
  "loaned to a contractor",
  "reçu en prêt",
] as const;

/** A hundred item types: a vendor, a family and a model number. */
export const ITEM_TYPES: readonly string[] = Array.from({ length: 100 }, (_, i) => {
  const vendor = VENDORS[i % VENDORS.length] ?? "";
  const family = FAMILIES[Math.floor(i / VENDORS.length) % FAMILIES.length] ?? "";
  return `${vendor} ${family} ${100 + i * 7}`;
});

/** Fifty categories: a kind of machine, a department and a region. */
export const CATEGORIES: readonly string[] = KINDS.flatMap((kind) =>
  DEPARTMENTS.flatMap((department) => REGIONS.map((region) => `${kind} ${department} ${region}`)),
);
