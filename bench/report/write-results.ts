import fs from "node:fs";
import path from "node:path";
import { markdownReport } from "./markdown.js";
import type { BenchResults } from "./results.js";

/**
 * Writes the results as `latest-STORE.md` and `latest-STORE.json` in
 * `folder`, and a copy of each named by date, size and store, so that runs
 * can be compared later and the two stores' runs sit side by side.
 * Returns the Markdown.
 */
export function writeResults(results: BenchResults, folder: string): string {
  fs.mkdirSync(folder, { recursive: true });
  const markdown = `${markdownReport(results)}\n`;
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = results.run.date.slice(0, 16).replace(/[:]/g, "").replace("T", "-");
  const { items, store } = results.run;
  for (const name of [`latest-${store}`, `${stamp}-${items}-items-${store}`]) {
    fs.writeFileSync(path.join(folder, `${name}.md`), markdown);
    fs.writeFileSync(path.join(folder, `${name}.json`), json);
  }
  return markdown;
}
