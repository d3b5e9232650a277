const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/**
 * `text` in double quotes for a person to read: a quote inside stays a
 * quote, unlike in JSON; only control characters are written as escapes,
 * so that a value stays on its line and an invisible one can be seen.
 */
export function quoted(text: string): string {
  return `"${text.replace(/\p{Cc}/gu, escapeControl)}"`;
}

function escapeControl(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
