import { describe, expect, it } from "vitest";
import { mapColumns, normaliseHeader } from "./spend-columns";

describe("mapColumns", () => {
  it("maps the usual published header", () => {
    const map = mapColumns([
      "Department Family",
      "Entity",
      "Date",
      "Expense Type",
      "Expense Area",
      "Supplier",
      "Transaction Number",
      "Amount",
      "Description",
    ]);
    expect(map.missing).toEqual([]);
    expect(map.fields).toMatchObject({
      departmentFamily: 0,
      entity: 1,
      paidOn: 2,
      expenseType: 3,
      expenseArea: 4,
      supplierName: 5,
      transactionNumber: 6,
      amount: 7,
      description: 8,
    });
  });

  it("accepts other wordings and case, a BOM and extra optional columns", () => {
    const map = mapColumns([
      "\uFEFFDEPARTMENT FAMILY",
      "Payment Date",
      "Expense area",
      "Supplier Name",
      "Supplier Postcode",
      "Supplier Type",
      "Contract Number",
      "Project Code",
      "Amount (£)",
      "Companies House Number",
      "Mystery column",
    ]);
    expect(map.missing).toEqual([]);
    expect(map.fields).toMatchObject({
      departmentFamily: 0,
      paidOn: 1,
      expenseArea: 2,
      supplierName: 3,
      supplierPostcode: 4,
      supplierType: 5,
      contractReference: 6,
      projectCode: 7,
      amount: 8,
      companiesHouseNumber: 9,
    });
  });

  it("names the required columns a header lacks", () => {
    expect(mapColumns(["Entity", "Supplier", "Description"]).missing).toEqual(["paidOn", "amount"]);
  });

  it("normalises punctuation and spacing in headers", () => {
    expect(normaliseHeader("  Expense_Area ")).toBe("expense area");
    expect(normaliseHeader("AMOUNT (£)")).toBe("amount £");
  });
});
