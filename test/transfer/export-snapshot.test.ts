import fs from "node:fs";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { exportItems } from "../../src/transfer/export-items.js";
import { openTestStore, type TestStore } from "./helpers.js";

const NOW = "2024-01-02 03:04:05";

let t: TestStore;
/** A second connection to the same store, as a server writing beside the export has. */
let writer: Store;
beforeEach(async () => {
  t = await openTestStore();
  writer = await t.location.open();
});
afterEach(async () => {
  await writer.close();
  await t.close();
});

function addItem(store: Store, name: string, title: string): Promise<unknown> {
  return store.transaction((tx) =>
    t.service.create(tx, t.accountId, { name, setAttributes: [[title, "x"]] }, NOW),
  );
}

/**
 * A real Writable that, on the first text it is given (the CSV header), has
 * the other connection add an item with a new title before it takes more.
 */
function writingMeanwhile(received: string[]): Writable {
  let first = true;
  return new Writable({
    highWaterMark: 1,
    write(chunk: Buffer, _encoding, done) {
      received.push(chunk.toString());
      if (!first) return done();
      first = false;
      addItem(writer, "Added meanwhile", "Size").then(() => done(), done);
    },
  });
}

describe("a CSV export while another connection writes (the 'run it again' failure)", () => {
  it("exports the items of the moment it began, and the next export has the new one", async () => {
    await addItem(t.store, "Desk", "Colour");
    const received: string[] = [];
    const out = writingMeanwhile(received);
    const { items } = await exportItems(t.store, t.service, t.accountId, "csv", out);
    await new Promise<void>((resolve) => out.end(resolve));

    expect(items).toBe(1);
    expect(received.join("")).toBe("\uFEFFName,Barcode,Item Type,Category,Colour\r\nDesk,,,,x\r\n");

    const file = t.writeFile("after.csv", "");
    const after = fs.createWriteStream(file);
    await exportItems(t.store, t.service, t.accountId, "csv", after);
    await new Promise<void>((resolve) => after.end(resolve));
    expect(fs.readFileSync(file, "utf8").split("\r\n")[0]).toContain("Colour,Size");
  });
});
