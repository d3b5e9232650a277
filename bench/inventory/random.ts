/**
 * A seeded stream of numbers, so that one seed always gives the same
 * inventory and the same requests. Math.random cannot be seeded.
 */
export class Random {
  #state: number;

  /** `stream` separates uses of one seed: the items, the links, each kind of request. */
  constructor(seed: number, stream = 0) {
    this.#state = mix32(seed ^ mix32(stream + 0x9e3779b9));
  }

  /** A number from 0 up to, not including, 1. */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) | 0;
    return mix32(this.#state) / 2 ** 32;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error("pick from an empty list");
    return value;
  }

  /** `digits` lower-case hexadecimal digits. */
  hex(digits: number): string {
    return this.int(0, 16 ** digits - 1)
      .toString(16)
      .padStart(digits, "0");
  }
}

/** Scrambles 32 bits so that nearby inputs give unrelated outputs. */
function mix32(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x21f0aaad) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x735a2d97) >>> 0;
  return (x ^ (x >>> 15)) >>> 0;
}
