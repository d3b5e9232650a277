import fs from "node:fs";
import path from "node:path";
import { markdownReport } from "./markdown.js";
import type { BenchResults } from "./results.js";

/**
 * Writes the results as `latest.md` and `latest.json` in `folder`, and a
 * copy of each named by date and size, so that runs can be compared later.
 * Returns the Markdown.
 */
export function writeResults(results: BenchResults, folder: string): string {
  fs.mkdirSync(folder, { recursive: true });
  const markdown = `${markdownReport(results)}\n`;
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamp = results.run.date.slice(0, 16).replace(/[:]/g, "").replace("T", "-");
  const dated = `${stamp}-${results.run.items}-items`;
  for (const name of ["latest", dated]) {
    fs.writeFileSync(path.join(folder, `${name}.md`), markdown);
    fs.writeFileSync(path.join(folder, `${name}.json`), json);
  }
  return markdown;
}
