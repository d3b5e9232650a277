import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FlextoryError } from "../../src/errors/codes.js";
import { DATABASE_FILE } from "../../src/store/open-store.js";
import { importJson } from "../../src/transfer/import-json.js";
import { ON_POSTGRES, refuseInserts } from "../support/test-store.js";
import { itemByBarcode, openTestStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await openTestStore();
});
afterEach(async () => {
  await t.close();
});

function importText(name: string, text: string) {
  return importJson(t.store, t.service, t.accountId, t.writeFile(name, text));
}

/** A hub item (file id 0) linked to `count` others, each listing the link back. */
function hubFile(count: number): string {
  const others = Array.from({ length: count }, (_, i) => i + 1);
  const hub = { id: 0, name: "Hub", barcode: "HUB", links: others };
  const spokes = others.map((id) => ({ id, name: `Spoke ${id}`, barcode: `S${id}`, links: [0] }));
  return [hub, ...spokes].map((item) => JSON.stringify(item)).join("\n");
}

describe("an item linked to thousands of items of the file (too many SQL variables)", () => {
  it("restores all 7000 links of one item", async () => {
    const report = await importText("hub.ndjson", hubFile(7000));
    expect(report).toMatchObject({ created: 7001, refusedCount: 0, linksRestored: 7000 });
    expect(report.linksDropped).toBe(0);
    const hub = await itemByBarcode(t, "HUB");
    expect(hub.links).toHaveLength(7000);
    expect((await itemByBarcode(t, "S7000")).links).toEqual([hub.id]);
  });

  it("reports links the store would not write on the item's line, keeping the items", async () => {
    await refuseInserts(t.location, "links", "links refused");

    const report = await importText("hub.ndjson", hubFile(3));
    expect(report).toMatchObject({ created: 4, linksRestored: 0, linksDropped: 3 });
    expect(report.refused).toEqual([
      {
        line: 1,
        reason: "the item went in, but 3 of its links were not written: links refused",
      },
    ]);
  });
});

describe.skipIf(ON_POSTGRES)("a failure that ends the link phase's transaction", () => {
  // PostgreSQL has no such failure: a trigger there cannot end the transaction.
  it("is one clear error saying the items were written, not a raw store error", async () => {
    // The trigger rolls back the whole transaction, so the group's savepoint is gone too.
    const db = new SqliteDatabase(path.join(t.dir, DATABASE_FILE));
    db.exec(
      "create trigger no_links before insert on links begin select raise(rollback, 'disk'); end",
    );
    db.close();

    const failure = importText("hub.ndjson", hubFile(3));
    await expect(failure).rejects.toThrow(FlextoryError);
    await expect(failure).rejects.toThrow(
      /^restoring the links between the file's items failed, after every item was written: /,
    );
    expect(await t.store.items.idByBarcode(t.accountId, "S3")).toBeDefined();
  });
});
