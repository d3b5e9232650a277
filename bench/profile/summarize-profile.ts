import fs from "node:fs";
import path from "node:path";

/** The parts of a V8 `.cpuprofile` that a summary needs. */
interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }>;
  samples: number[];
  timeDeltas: number[];
}

/** Where one process spent its busy time, idle time left out. */
export interface ProfileSummary {
  name: string;
  busyMs: number;
  /** Shares of busy time by package, product folder, Node itself, or the garbage collector. */
  areas: Array<{ area: string; share: number }>;
  /** The functions with the most time of their own. */
  functions: Array<{ name: string; where: string; share: number }>;
}

const SHOWN = 12;
/** Frames that are not work: waiting for I/O, and the sampler's own root. */
const NOT_WORK = new Set(["(idle)", "(root)"]);

/** Summaries of every `.cpuprofile` in `folder`, by file name. */
export function summarizeProfiles(folder: string): ProfileSummary[] {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".cpuprofile"))
    .sort()
    .map((file) =>
      summarize(file.replace(/\.cpuprofile$/, ""), readProfile(path.join(folder, file))),
    );
}

function readProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
}

function summarize(name: string, profile: CpuProfile): ProfileSummary {
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });

  const areas = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; us: number }>();
  let busyUs = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (us === 0 || NOT_WORK.has(functionName)) continue;
    busyUs += us;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const where = url === "" ? area : `${shortPath(url)}:${lineNumber + 1}`;
    const key = `${functionName}@${where}`;
    const entry = functions.get(key) ?? { name: functionName || "(anonymous)", where, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  return {
    name,
    busyMs: busyUs / 1000,
    areas: top([...areas].map(([area, us]) => ({ area, share: us / busyUs }))),
    functions: top(
      [...functions.values()].map(({ name, where, us }) => ({ name, where, share: us / busyUs })),
    ),
  };
}

/**
 * Where Kysely's SQLite driver calls better-sqlite3. A native call has no
 * frame of its own in a profile: SQLite's time is this frame's self time.
 */
const SQLITE_CALL = /kysely\/dist\/\w+\/dialect\/sqlite\/sqlite-driver\.js$/;

/** The package, product folder or runtime part that a frame belongs to. */
function areaOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "native (C++ bindings)";
  if (SQLITE_CALL.test(url) && functionName === "executeQuery") return "SQLite (better-sqlite3)";
  if (url.startsWith("node:")) return "node core";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules?.[1] !== undefined) return modules[1];
  const product = /\/dist\/([^/]+)\//.exec(url);
  if (product?.[1] !== undefined) return `flextory ${product[1]}/`;
  return shortPath(url);
}

/** A frame's file: inside its package, or inside the repository for the product. */
function shortPath(url: string): string {
  const file = url.replace(/^file:\/\//, "");
  const inPackage = /\/node_modules\/(.*)$/.exec(file)?.[1];
  return inPackage ?? file.replace(/^.*\/(?=dist\/)/, "");
}

function top<T extends { share: number }>(entries: T[]): T[] {
  return entries.sort((a, b) => b.share - a.share).slice(0, SHOWN);
}
