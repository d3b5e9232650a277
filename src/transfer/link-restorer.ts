import { FlextoryError } from "../errors/codes.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import type { ImportEntry } from "./import-entry.js";
import type { ImportReport } from "./import-report.js";
import { recordFlag, recordRefusal } from "./report-records.js";

/**
 * Links added to an item in one change: every statement of the change then
 * stays far below the number of values a database takes in one statement.
 */
export const LINK_GROUP_SIZE = 500;

/** An item of the file as it was written. */
interface WrittenItem {
  id: number;
  line: number;
}

/**
 * Restores links between items of one file. Ids in the file are the ids of
 * the store it came from: each item's new id is noted as it is written, and
 * once every item is in, each link is made between the new ids.
 */
export class LinkRestorer {
  /** Each item written, by its id in the file. */
  private readonly items = new Map<number, WrittenItem>();
  /** Each link once, from the lower file id to the higher. */
  private readonly links = new Map<number, Set<number>>();

  constructor(
    private readonly service: ItemService,
    private readonly accountId: number,
    private readonly report: ImportReport,
  ) {}

  /** Notes the item `entry` became, and the links it asks for. */
  written(entry: ImportEntry, id: number): void {
    const fileId = entry.fileId;
    if (fileId === undefined) {
      this.report.linksDropped += entry.links?.length ?? 0;
      return;
    }
    if (this.items.has(fileId)) {
      const value = String(fileId);
      recordFlag(this.report, { line: entry.line, column: "id", value, reason: "repeated-id" });
    }
    this.items.set(fileId, { id, line: entry.line });
    for (const other of entry.links ?? []) this.note(fileId, other);
  }

  /**
   * Makes the links, `batchSize` items per transaction. Every item is in by
   * then, so a failure of the store here is told as such, in one line.
   */
  async restore(target: Store, now: string, batchSize: number): Promise<void> {
    try {
      await this.restoreAll(target, now, batchSize);
    } catch (error) {
      if (error instanceof FlextoryError) throw error;
      const written = this.report.dryRun ? "" : ", after every item was written";
      throw new FlextoryError(
        "internal",
        `restoring the links between the file's items failed${written}: ${messageOf(error)}`,
      );
    }
  }

  private async restoreAll(target: Store, now: string, batchSize: number): Promise<void> {
    const sources = [...this.links.keys()];
    for (let start = 0; start < sources.length; start += batchSize) {
      const batch = sources.slice(start, start + batchSize);
      await target.transaction(async (tx) => {
        for (const source of batch) await this.restoreFrom(tx, source, now);
      });
    }
  }

  private async restoreFrom(tx: Store, source: number, now: string): Promise<void> {
    const others = [...(this.links.get(source) ?? [])];
    const from = this.items.get(source);
    const to = others.flatMap((other) => this.items.get(other)?.id ?? []);
    const found = from === undefined ? [] : to.filter((id) => id !== from.id);
    this.report.linksDropped += others.length - found.length;
    if (from === undefined) return;

    for (let start = 0; start < found.length; start += LINK_GROUP_SIZE) {
      await this.addLinks(tx, from, found.slice(start, start + LINK_GROUP_SIZE), now);
    }
  }

  private async addLinks(tx: Store, from: WrittenItem, ids: number[], now: string): Promise<void> {
    const change = { addLinks: ids };
    try {
      // A savepoint a group: a group that fails leaves nothing, and the others go on.
      await tx.transaction((group) =>
        this.service.edit(group, this.accountId, from.id, change, now),
      );
      this.report.linksRestored += ids.length;
    } catch (error) {
      this.report.linksDropped += ids.length;
      // The service refused these links: the items stay, without them.
      if (error instanceof FlextoryError) return;
      const reason = `the item went in, but ${ids.length} of its links were not written`;
      recordRefusal(this.report, from.line, `${reason}: ${messageOf(error)}`);
    }
  }

  private note(a: number, b: number): void {
    const [low, high] = a < b ? [a, b] : [b, a];
    const set = this.links.get(low) ?? new Set<number>();
    set.add(high);
    this.links.set(low, set);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
