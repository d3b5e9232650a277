import { setTimeout as sleep } from "node:timers/promises";

/** How long a transaction waits, in all, for another process to let go of the store. */
export const WRITE_LOCK_WAIT_MS = 30_000;

const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 200;

/** Thrown when a transaction could not start because another process writes. */
export class LockBusyError extends Error {
  override name = "LockBusyError";
}

/**
 * Runs `attempt` until it does not throw LockBusyError, pausing between
 * tries without blocking: while one request waits for the lock, the server
 * goes on answering the others. `attempt` is told how long it may still
 * wait; past `deadline` it is not tried at all.
 */
export async function withWriteLock<T>(
  deadline: number,
  attempt: (waitMs: number) => Promise<T>,
): Promise<T> {
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    const waitMs = deadline - Date.now();
    if (waitMs <= 0) throw new LockBusyError("the store stayed busy for the whole wait");
    try {
      return await attempt(waitMs);
    } catch (error) {
      if (!(error instanceof LockBusyError) || Date.now() + pause > deadline) throw error;
    }
    await sleep(pause);
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
  }
}

/** Runs work one at a time, in the order it came. */
export class WriterQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.tail.then(work);
    // The caller sees the failure through `turn`; the next writer only waits for it.
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}
