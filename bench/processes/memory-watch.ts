import fs from "node:fs";

/** Resident memory now and its high-water mark, in MiB. */
export interface MemoryReading {
  rssMb: number;
  hwmMb: number;
}

const POLL_MS = 50;

/**
 * Reads a process's memory from /proc; undefined once the process has ended
 * (its file is gone, or it is a zombie whose memory lines are gone).
 */
export function readMemory(pid: number): MemoryReading | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const rss = kilobytes(text, "VmRSS");
  const hwm = kilobytes(text, "VmHWM");
  if (rss === undefined || hwm === undefined) return undefined;
  return { rssMb: rss / 1024, hwmMb: hwm / 1024 };
}

/**
 * Polls a process's memory until stopped, keeping the highest readings.
 * VmHWM is the kernel's own peak, so a spike between two polls still counts.
 */
export class MemoryWatch {
  #peak: MemoryReading = { rssMb: 0, hwmMb: 0 };
  readonly #timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.sample();
    this.#timer = setInterval(() => this.sample(), POLL_MS);
    this.#timer.unref();
  }

  sample(): void {
    const now = readMemory(this.pid);
    if (now === undefined) return;
    this.#peak = {
      rssMb: Math.max(this.#peak.rssMb, now.rssMb),
      hwmMb: Math.max(this.#peak.hwmMb, now.hwmMb),
    };
  }

  /** Stops polling; the highest readings seen. */
  stop(): MemoryReading {
    clearInterval(this.#timer);
    return this.#peak;
  }
}

function kilobytes(status: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
