/** Rows read and written at a time, so that memory stays bounded whatever the store holds. */
export const COPY_BATCH_SIZE = 1000;

/**
 * Reads rows a batch at a time, each batch after the last row of the one
 * before, and hands each to `write`, until a batch comes back short. The
 * key a batch starts after only grows, so the loop ends.
 */
export async function copyInBatches<R>(
  read: (last: R | undefined, limit: number) => Promise<R[]>,
  write: (rows: R[]) => Promise<void>,
): Promise<void> {
  let last: R | undefined;
  for (;;) {
    const rows = await read(last, COPY_BATCH_SIZE);
    if (rows.length > 0) await write(rows);
    if (rows.length < COPY_BATCH_SIZE) return;
    last = rows.at(-1);
  }
}
