import { FlextoryError } from "../errors/codes.js";
import type { ItemService } from "../services/item-service.js";
import type { Store } from "../store/store.js";
import type { ImportEntry } from "./import-entry.js";
import type { ImportReport } from "./import-report.js";

/**
 * Restores links between items of one file. Ids in the file are the ids of
 * the store it came from: each item's new id is noted as it is written, and
 * once every item is in, each link is made between the new ids.
 */
export class LinkRestorer {
  private readonly newIds = new Map<number, number>();
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
    this.newIds.set(fileId, id);
    for (const other of entry.links ?? []) this.note(fileId, other);
  }

  /** Makes the links, `batchSize` items per transaction. */
  async restore(target: Store, now: string, batchSize: number): Promise<void> {
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
    const from = this.newIds.get(source);
    const to = others.flatMap((other) => this.newIds.get(other) ?? []);
    const found = from === undefined ? [] : to.filter((id) => id !== from);
    this.report.linksDropped += others.length - found.length;
    if (from === undefined || found.length === 0) return;

    try {
      await this.service.edit(tx, this.accountId, from, { addLinks: found }, now);
      this.report.linksRestored += found.length;
    } catch (error) {
      // The service refused these links; the items stay, without them.
      if (!(error instanceof FlextoryError)) throw error;
      this.report.linksDropped += found.length;
    }
  }

  private note(a: number, b: number): void {
    const [low, high] = a < b ? [a, b] : [b, a];
    const set = this.links.get(low) ?? new Set<number>();
    set.add(high);
    this.links.set(low, set);
  }
}
