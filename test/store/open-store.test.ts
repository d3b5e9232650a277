import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { setUpFirstRun } from "../../src/services/account-service.js";
import { DATABASE_FILE, openSqliteStore } from "../../src/store/open-store.js";
import { ON_POSTGRES } from "../support/test-store.js";

describe.skipIf(ON_POSTGRES)("a new SQLite store", () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "flextory-open-"));
  afterEach(() => fs.rmSync(parent, { recursive: true, force: true }));

  it("is readable by its owner only, since it holds every private key", async () => {
    const dataDir = path.join(parent, "data");
    const store = await openSqliteStore(dataDir);
    await setUpFirstRun(store);

    const mode = (file: string) => fs.statSync(path.join(dataDir, file)).mode & 0o777;
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(mode(DATABASE_FILE)).toBe(0o600);
    expect(mode(`${DATABASE_FILE}-wal`)).toBe(0o600);
    await store.close();
  });
});
