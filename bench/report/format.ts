/** Number formats of the table: fixed, so that two runs read alike. */

export function whole(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "—";
}

/** Milliseconds: three decimals below 1 ms, two below 100, none above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (value < 1) return value.toFixed(3);
  return value < 100 ? value.toFixed(2) : value.toFixed(0);
}

export function seconds(value: number): string {
  return Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : "—";
}

export function mib(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} MiB` : "—";
}

export function percent(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(value < 0.1 ? 1 : 0)}%`;
}

export function times(value: number): string {
  return Number.isFinite(value) ? `×${value.toFixed(1)}` : "—";
}

/** A ratio of two figures: two significant digits, so that ×0.12 and ×0.93 still differ. */
export function factor(value: number): string {
  if (!Number.isFinite(value)) return "—";
  return `×${value < 10 ? value.toPrecision(2) : value.toFixed(0)}`;
}

/** A Markdown table; `align` is one of `l` and `r` per column. */
export function table(header: readonly string[], align: string, rows: readonly string[][]): string {
  const rule = [...align].map((side) => (side === "r" ? "--:" : "---"));
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}
