import { JsonObject, type JsonValue } from "../json/ordered-json.js";

/** `value` as indented JSON text, every object's keys in their own order. */
export function formatJson(value: JsonValue, indent = "  "): string {
  return formatAt(value, indent, "");
}

function formatAt(value: JsonValue, indent: string, margin: string): string {
  const inner = margin + indent;
  if (value instanceof JsonObject) {
    if (value.entries.length === 0) return "{}";
    const lines = value.entries.map(
      ([key, entry]) => `${inner}${JSON.stringify(key)}: ${formatAt(entry, indent, inner)}`,
    );
    return `{\n${lines.join(",\n")}\n${margin}}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const lines = value.map((entry) => inner + formatAt(entry, indent, inner));
    return `[\n${lines.join(",\n")}\n${margin}]`;
  }
  return JSON.stringify(value);
}
