import { JsonObject, parseOrderedJson } from "../../../src/json/ordered-json.js";

/**
 * The attribute titles of each item of an answer, in the order the server
 * wrote them. JSON.parse would move number-like keys such as "2024" first,
 * so the answer is read with the order-keeping parser.
 */
export function attributeTitlesInOrder(text: string): string[][] {
  const answer = parseOrderedJson(text);
  const items = answer instanceof JsonObject ? answer.get("items") : undefined;
  if (!Array.isArray(items)) return [];
  return items.map((item) => {
    const attributes = item instanceof JsonObject ? item.get("attributes") : undefined;
    return attributes instanceof JsonObject ? attributes.entries.map(([title]) => title) : [];
  });
}
