import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { itemPages } from "../../src/transfer/item-pages.js";
import { writeText } from "../../src/transfer/write-text.js";
import { openTestStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.close();
});

/** A real Writable with a tiny buffer that takes each write late, as a slow disk or pipe does. */
function slowSink(received: string[]): Writable {
  return new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, done) {
      received.push(chunk.toString());
      setImmediate(done);
    },
  });
}

describe("reading items for export", () => {
  it("reads every item in pages after the last id, never an empty page", async () => {
    await t.store.transaction(async (tx) => {
      for (const name of ["a", "b", "c", "d"]) {
        await t.service.create(tx, t.accountId, { name }, "2024-01-01 00:00:00");
      }
    });
    const sizes: number[] = [];
    const names: string[] = [];
    for await (const page of itemPages(t.store, t.service, t.accountId, 2)) {
      sizes.push(page.length);
      names.push(...page.map((item) => item.name));
    }
    expect(sizes).toEqual([2, 2]);
    expect(names).toEqual(["a", "b", "c", "d"]);
  });
});

describe("writing export text", () => {
  it("waits for a full output to drain and loses nothing", async () => {
    const received: string[] = [];
    const out = slowSink(received);
    for (let i = 0; i < 50; i++) await writeText(out, `chunk ${i};`);
    await new Promise<void>((resolve) => out.end(resolve));
    expect(received.join("")).toBe(Array.from({ length: 50 }, (_, i) => `chunk ${i};`).join(""));
  });

  it("fails when the output closes before it drains", async () => {
    const out = new Writable({ highWaterMark: 1, write: () => undefined });
    const pending = writeText(out, "more than one byte");
    out.destroy();
    await expect(pending).rejects.toThrow(/output closed/);
  });
});
