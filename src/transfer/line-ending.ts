export type LineEnding = "crlf" | "lf" | "cr" | "none";

/** The line ending most used in `sample`; a file may mix them, and every one is read. */
export function detectLineEnding(sample: string): LineEnding {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 13 && sample.charCodeAt(i + 1) === 10) {
      crlf++;
      i++;
    } else if (code === 13) cr++;
    else if (code === 10) lf++;
  }
  if (crlf + cr + lf === 0) return "none";
  if (crlf >= cr && crlf >= lf) return "crlf";
  return cr > lf ? "cr" : "lf";
}
