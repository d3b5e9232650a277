import { ERROR_CODES, type ErrorCode } from "../errors/codes.js";

/**
 * A successful answer: `success` as the string "true", items (as JSON) if given, then
 * the other fields in order, then warnings when there are any.
 */
export function successJson(
  fields: Record<string, unknown>,
  items: readonly string[] | undefined,
  warnings: readonly string[],
): string {
  const parts = ['"success":"true"'];
  if (items !== undefined) parts.push(`"items":[${items.join(",")}]`);
  for (const [name, value] of Object.entries(fields)) {
    parts.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
  }
  if (warnings.length > 0) parts.push(`"warnings":${JSON.stringify(warnings)}`);
  return `{${parts.join(",")}}`;
}

export function errorJson(code: ErrorCode, message: string): string {
  return JSON.stringify({ success: "false", error: { code, message } });
}

/** The original path answers 200 whatever happened, as 2012 clients expect. */
export function statusFor(code: ErrorCode, originalPath: boolean): number {
  return originalPath ? 200 : ERROR_CODES[code].status;
}
