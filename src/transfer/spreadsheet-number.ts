/**
 * A long number a spreadsheet showed in scientific form and saved that way
 * (`6.37702E+15` for a 16-digit serial): one digit, a few decimals, a
 * positive exponent. The digits beyond the sixth are gone for good.
 */
const SHORTENED_NUMBER = /^[+-]?[1-9](?:[.,]\d+)?E\+\d{1,3}$/i;

/** Whether `value` looks like a number a spreadsheet shortened beyond repair. */
export function isShortenedNumber(value: string): boolean {
  return SHORTENED_NUMBER.test(value.trim());
}
