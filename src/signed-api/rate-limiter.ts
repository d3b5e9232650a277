import { FlextoryError } from "../errors/codes.js";

const WINDOW_MS = 60_000;

/**
 * Counts each user's signed requests in one-minute windows on this server.
 * A limit of 0 turns it off.
 */
export class RateLimiter {
  private readonly windows = new Map<number, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a request by `userId`; throws `rate_limited` past the limit. */
  check(userId: number): void {
    if (this.perMinute === 0) return;
    const now = this.now();
    let window = this.windows.get(userId);
    if (window === undefined || now - window.start >= WINDOW_MS) {
      this.forgetOldWindows(now);
      window = { start: now, count: 0 };
      this.windows.set(userId, window);
    }
    window.count++;
    if (window.count <= this.perMinute) return;

    const retryAfter = Math.ceil((window.start + WINDOW_MS - now) / 1000);
    throw new FlextoryError(
      "rate_limited",
      `more than ${this.perMinute} requests a minute; retry in ${retryAfter} s`,
      retryAfter,
    );
  }

  private forgetOldWindows(now: number): void {
    for (const [userId, window] of this.windows) {
      if (now - window.start >= WINDOW_MS) this.windows.delete(userId);
    }
  }
}
