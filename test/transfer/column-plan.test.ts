import { describe, expect, it } from "vitest";
import { planColumns } from "../../src/transfer/column-plan.js";

describe("the column plan", () => {
  it("makes every column that is not reserved an attribute titled by its header", () => {
    const plan = planColumns(["Full Name", "Name", "Model Number", "Model"], {});
    expect(plan.columns.map((c) => c.use)).toEqual([
      { kind: "attribute", title: "Full Name" },
      { kind: "reserved", column: "name" },
      { kind: "attribute", title: "Model Number" },
      { kind: "reserved", column: "itemType" },
    ]);
  });

  it("keeps a repeated header as a copy titled with a number", () => {
    const plan = planColumns(["Category", "Company", "Category", "Company"], {});
    expect(plan.columns[2]?.use).toEqual({ kind: "copy", of: 0, title: "Category (2)" });
    expect(plan.columns[3]?.use).toEqual({ kind: "copy", of: 1, title: "Company (2)" });
  });

  it("gives a copy a title no other column has", () => {
    const plan = planColumns(["Company", "Company (2)", "company"], {});
    expect(plan.columns[2]?.use).toEqual({ kind: "copy", of: 0, title: "company (3)" });
  });

  it("lets an override win over the usual headers, which then become attributes", () => {
    const plan = planColumns(["Name", "Full Name", "Serial"], {
      name: "full name",
      barcode: "Serial",
    });
    expect(plan.reserved).toEqual({ name: 1, barcode: 2 });
    expect(plan.columns[0]?.use).toEqual({ kind: "attribute", title: "Name" });
  });

  it("refuses an override that names no header", () => {
    expect(() => planColumns(["Name"], { barcode: "Serial" })).toThrow(/"Serial".*not in/);
  });

  it("titles a column without a header rather than dropping it", () => {
    const plan = planColumns(["Name", ""], {});
    expect(plan.columns[1]?.use).toEqual({ kind: "attribute", title: "Column 2" });
  });
});
