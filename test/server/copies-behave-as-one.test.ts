import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { type ServeProcess, startServe, stopServe } from "../support/serve-process.js";
import { ALIAS, type ApiBody, signQuery } from "../support/test-server.js";
import { holdWriteLock, newStoreLocation, type TestStoreLocation } from "../support/test-store.js";

/** A signed GET on the alias path of one copy. */
async function signed(copy: ServeProcess, query: string, key: string): Promise<ApiBody> {
  const response = await fetch(`${copy.url}${ALIAS}?${signQuery(`userName=admin&${query}`, key)}`);
  return (await response.json()) as ApiBody;
}

function printedKey(stdout: string): string | undefined {
  return /Private key\s+(\S+)/.exec(stdout)?.[1];
}

describe("two server processes over one store", () => {
  let store: TestStoreLocation;
  let one: ServeProcess;
  let two: ServeProcess;
  let key: string;
  /** Whichever started, stopped after even when the other did not start. */
  let running: ServeProcess[] = [];

  beforeAll(async () => {
    store = await newStoreLocation("flextory-copies-");
    const started = await Promise.allSettled([startServe(store), startServe(store)]);
    running = started.flatMap((start) => (start.status === "fulfilled" ? [start.value] : []));
    const failed = started.find((start) => start.status === "rejected");
    if (failed !== undefined) throw failed.reason;
    [one, two] = running as [ServeProcess, ServeProcess];
    key = printedKey(one.stdout) ?? printedKey(two.stdout) ?? "none printed";
  });
  afterAll(async () => {
    await Promise.all(running.map((copy) => stopServe(copy.child)));
    await store.remove();
  });

  it("set up an empty store once when they start together", () => {
    const banners = [one.stdout, two.stdout].filter((out) => printedKey(out) !== undefined);
    expect(banners).toHaveLength(1);
  });

  it("find and change through one an item made through the other", async () => {
    const made = await signed(one, "newItem=true&name=Router&barcode=R-1", key);
    expect(made.success).toBe("true");
    const id = made.items?.[0]?.id;

    const found = await signed(two, "barcode=R-1", key);
    expect(found.items?.map((item) => item.id)).toEqual([id]);
    const edited = await signed(two, `editItem=${id}&name=Core+router`, key);
    expect(edited.success).toBe("true");

    const seen = await signed(one, `id=${id}`, key);
    expect(seen.items?.[0]).toMatchObject({ name: "Core router", barcode: "R-1" });
  });

  it("let one of two creates with the same barcode through, and refuse the other", async () => {
    const query = "newItem=true&name=Twin&barcode=T-1";
    const answers = await Promise.all([signed(one, query, key), signed(two, query, key)]);
    const outcomes = answers.map((answer) => answer.error?.code ?? answer.success).sort();
    expect(outcomes).toEqual(["conflict", "true"]);
  });

  it("both refuse a key at once when the CLI rotates it", async () => {
    const rotated = await runCli([...store.args, "user", "key", "admin", "--rotate"]);
    expect(rotated.code).toBe(0);
    const newKey = rotated.stdout.trim();

    for (const copy of [one, two]) {
      expect((await signed(copy, "search=true", key)).error?.code).toBe("auth_failed");
      expect((await signed(copy, "search=true", newKey)).success).toBe("true");
    }
    key = newKey;
  });

  it("both say they reach the store on /health", async () => {
    for (const copy of [one, two]) {
      const response = await fetch(`${copy.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: "ok" });
    }
  });

  it("finishes a change in flight when one is stopped with SIGTERM", async () => {
    const release = await holdWriteLock(store);
    const change = signed(one, "newItem=true&name=In+flight", key);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = stopServe(one.child);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await release();

    expect((await change).success).toBe("true");
    expect(await exited).toBe(0);
    expect((await signed(two, "search=true&name=In+flight", key)).total).toBe(1);
  });
});
