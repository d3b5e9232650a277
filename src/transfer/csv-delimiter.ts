/** Field delimiters of spreadsheets: comma, semicolon (where comma marks decimals), tab. */
const CANDIDATES = [",", ";", "\t"] as const;

/** The delimiter used most in the first line of `sample`, outside quotes; a comma by default. */
export function detectDelimiter(sample: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of sample) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\r" || char === "\n")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }

  let best: string = ",";
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  }
  return best;
}
