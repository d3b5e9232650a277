import { percent, table } from "../report/format.js";
import type { ProfileSummary } from "./summarize-profile.js";

/** A section per profiled process: its busy time by area, then by function. */
export function profileMarkdown(profiles: readonly ProfileSummary[]): string[] {
  if (profiles.length === 0) return [];
  const sections = profiles.map((profile) => {
    const areas = table(
      ["area", "share"],
      "lr",
      profile.areas.map(({ area, share }) => [area, percent(share)]),
    );
    const functions = table(
      ["function", "where", "self"],
      "llr",
      profile.functions.map(({ name, where, share }) => [`\`${name}\``, where, percent(share)]),
    );
    const busy = (profile.busyMs / 1000).toFixed(1);
    return `### ${profile.name} (${busy} s busy)\n\n${areas}\n\n${functions}`;
  });
  return [
    "## Where the time goes\n\n" +
      "CPU profiles of the product's children (`--cpu-prof`), idle time left out.",
    ...sections,
  ];
}
