import { spawnSync } from "node:child_process";
import { describe, it } from "vitest";

/** Whether `command` runs here; `args` should make it print a version and exit. */
export function hasTool(command: string, args: readonly string[]): boolean {
  const run = spawnSync(command, args, { stdio: "ignore", timeout: 10_000 });
  return run.error === undefined && run.status === 0;
}

/**
 * A describe block that needs programs we did not write. In CI (`CI=true`)
 * a missing program fails the suite, so that these checks never silently
 * stop running; elsewhere the block is skipped and its title says why.
 */
export function describeWithTools(
  title: string,
  tools: ReadonlyArray<readonly [command: string, versionArgs: readonly string[]]>,
  body: () => void,
): void {
  const missing = tools.filter(([command, args]) => !hasTool(command, args)).map(([c]) => c);
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const reason = `${missing.join(" and ")} not installed (apt-get install php-cli openssl curl)`;
  if (process.env.CI === "true") {
    describe(title, () => {
      it("has the programs it needs, which CI must install", () => {
        throw new Error(`${title}: ${reason}`);
      });
    });
    return;
  }
  // A skipped block shows as green in the run's summary: say it out loud, once per file.
  console.warn(`SKIPPED: ${title}: ${reason}`);
  describe.skip(`${title} — skipped: ${reason}`, body);
}
