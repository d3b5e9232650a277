import { describe, expect, it } from "vitest";
import { guardCell, unguardCell } from "../../src/transfer/formula-guard.js";

describe("the CSV formula guard (cells a spreadsheet would run)", () => {
  it.each([
    "=cmd|' /C calc'!A0",
    "=1+1",
    "@SUM(A1:A2)",
    '=HYPERLINK("http://example.test","x")',
    "\t=1+1",
    "\r=1+1",
    "+1+1",
    "-2+3",
    "+A1",
    "-@SUM(1)",
    "--1",
  ])("writes %j after a '", (value) => {
    expect(guardCell(value)).toBe(`'${value}`);
  });

  it.each([
    "-5",
    "-1.5",
    "+3",
    "-1,234.50",
    "+1.5e3",
    "+1 555 0100",
    "+44 (0)20 7946 0958",
    "-",
    "+",
  ])("leaves %j, a number or a phone number, as it is", (value) => {
    expect(guardCell(value)).toBe(value);
  });

  it("adds a second ' to a cell that starts with one, so the guard is never ambiguous", () => {
    expect(guardCell("'quoted")).toBe("''quoted");
    expect(guardCell("'=1")).toBe("''=1");
  });

  it.each(["=1+1", "'", "''", "'=1", "'hello", "-5", "+1 555 0100", "\t@x", "plain", ""])(
    "reads back %j exactly as it was",
    (value) => {
      expect(unguardCell(guardCell(value))).toBe(value);
    },
  );

  it("keeps a ' before anything export would not guard", () => {
    expect(unguardCell("'hello")).toBe("'hello");
    expect(unguardCell("'5")).toBe("'5");
    expect(unguardCell("'")).toBe("'");
  });
});
