import { describe, expect, it } from "vitest";
import { parseReturnCsv } from "@/lib/supply-chain/parse";
import { monthBounds, validateReturn, type LeadContractFacts } from "@/lib/supply-chain/validate";

describe("parseReturnCsv", () => {
  it("reads the documented header in any case, with a BOM, keeping amounts as strings", () => {
    const { rows, errors } = parseReturnCsv(
      '\uFEFFContract reference or id,Month,Member Companies House number or name,Amount\nREF-1,2024-03,01234567,"£1,234.50"\n\n',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, contract: "REF-1", month: "2024-03", member: "01234567", amount: "£1,234.50" }]);
  });
  it("names the missing columns on row 1", () => {
    expect(parseReturnCsv("contract,month\nx,y").errors).toEqual([
      { row: 1, message: "Header is missing member, amount: expected contract, month, member, amount" },
    ]);
  });
});

describe("validateReturn", () => {
  const contract: LeadContractFacts = {
    id: "c1",
    reference: "REF-1",
    title: "Data platform",
    departmentId: "d1",
    startDate: new Date("2024-01-01"),
    members: [
      {
        supplierId: "s1",
        legalName: "Small Co Ltd",
        companiesHouseNumber: "01234567",
        normalisedName: "small co",
        joinedOn: new Date("2024-03-15"),
        leftOn: null,
      },
    ],
  };
  const row = (over: object) => ({
    row: 2,
    contract: "REF-1",
    month: "2024-03",
    member: "Small Co Limited",
    amount: "1,000.5",
    ...over,
  });

  it("dates a payment on the month's last day and keeps the amount exact", () => {
    const { lines, errors } = validateReturn([row({})], [contract], new Date("2025-01-01"));
    expect(errors).toEqual([]);
    expect(lines[0]).toMatchObject({
      paidOn: new Date("2024-03-31T00:00:00Z"),
      amount: "1000.50",
      payeeSupplierId: "s1",
    });
  });
  it("a member who joined during the month counts for that month, not the month before", () => {
    expect(validateReturn([row({ month: "2024-02" })], [contract], new Date("2025-01-01")).errors[0]?.message).toMatch(
      /was not a member .* in 2024-02/,
    );
  });
  it("refuses future months, zero and negative amounts", () => {
    const { errors } = validateReturn(
      [row({ month: "2025-02" }), row({ row: 3, amount: "0" }), row({ row: 4, amount: "-5" })],
      [contract],
      new Date("2025-01-15"),
    );
    expect(errors.map((e) => e.row)).toEqual([2, 3, 4]);
  });
  it("knows month lengths, including leap February", () => {
    expect(monthBounds("2024-02")?.last).toEqual(new Date("2024-02-29T00:00:00Z"));
    expect(monthBounds("2024-00")).toBeNull();
    // The same 1900-2100 months as exports and dashboards (MONTH_PATTERN).
    expect(monthBounds("0999-01")).toBeNull();
    expect(monthBounds("2101-01")).toBeNull();
    expect(monthBounds("1900-01")?.first).toEqual(new Date("1900-01-01T00:00:00Z"));
  });
});
