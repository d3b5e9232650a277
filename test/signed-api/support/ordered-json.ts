/**
 * The attribute titles of each item of an answer, in the order the server
 * wrote them. JSON.parse would move number-like keys such as "2024" first,
 * so the titles are read from the text itself.
 */
export function attributeTitlesInOrder(text: string): string[][] {
  const marker = '"attributes":{';
  const items: string[][] = [];
  let from = text.indexOf(marker);
  while (from >= 0) {
    items.push(readObjectKeys(text, from + marker.length));
    from = text.indexOf(marker, from + marker.length);
  }
  return items;
}

/** Keys of a flat object of strings, starting just after its `{`. */
function readObjectKeys(text: string, start: number): string[] {
  const keys: string[] = [];
  let at = start;
  while (at < text.length && text[at] !== "}") {
    if (text[at] === ",") at++;
    const key = readString(text, at);
    keys.push(key.value);
    at = readString(text, key.end + 1).end;
  }
  return keys;
}

/** The JSON string starting at `start` (its opening quote), and where it ends. */
function readString(text: string, start: number): { value: string; end: number } {
  if (text[start] !== '"') throw new Error(`no JSON string at ${start} in ${text.slice(0, 200)}`);
  let at = start + 1;
  while (at < text.length && text[at] !== '"') at += text[at] === "\\" ? 2 : 1;
  return { value: JSON.parse(text.slice(start, at + 1)) as string, end: at + 1 };
}
