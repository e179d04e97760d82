import { describe, expect, it } from "vitest";
import { mapColumns } from "./spend-columns";
import { isBlankRow, readSpendRow } from "./spend-row";

const header = ["Department Family", "Entity", "Date", "Expense Type", "Expense Area", "Supplier", "Transaction Number", "Amount", "Description", "Contract Number", "Companies House Number"];
const columns = mapColumns(header);
const row = (overrides: Partial<Record<string, string>> = {}) =>
  header.map((h) => overrides[h] ?? ({ Date: "05/04/2024", Supplier: "Acme Widgets Ltd", Amount: "£30,000.00", "Transaction Number": "7001", Description: "Licences", "Expense Type": "IT", "Expense Area": "Digital" } as Record<string, string>)[h] ?? "");

describe("readSpendRow", () => {
  it("reads a valid line into exact values", () => {
    const result = readSpendRow("dept-1", 2, row({ "Contract Number": "CR-1", "Companies House Number": "1234567" }), columns);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.line).toMatchObject({
      rowNumber: 2, paidOn: "2024-04-05", amount: "30000.00", supplierName: "Acme Widgets Ltd", supplierKey: "acme widgets",
      companiesHouseNumber: "01234567", transactionNumber: "7001", contractReference: "CR-1", description: "Licences",
    });
    expect(result.line.baseFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports every problem with its row, column and value", () => {
    const result = readSpendRow("dept-1", 9, row({ Date: "31/02/2024", Amount: "lots", Supplier: " " }), columns);
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 9, column: "Date", value: "31/02/2024", message: "Date does not exist" },
        { row: 9, column: "Amount", value: "lots", message: "Amount is not a number" },
        { row: 9, column: "Supplier", value: " ", message: "Supplier is missing" },
      ],
    });
  });

  it("gives the same fingerprint to the same payment whatever the spelling of the supplier", () => {
    const a = readSpendRow("dept-1", 2, row({ Supplier: "ACME WIDGETS LIMITED" }), columns);
    const b = readSpendRow("dept-1", 50, row({ Supplier: "Acme Widgets Ltd." }), columns);
    expect(a.ok && b.ok && a.line.baseFingerprint === b.line.baseFingerprint).toBe(true);
  });

  it("gives different fingerprints to different payments, departments and split lines", () => {
    const base = readSpendRow("dept-1", 2, row(), columns);
    const others = [
      readSpendRow("dept-2", 2, row(), columns),
      readSpendRow("dept-1", 2, row({ Amount: "30,000.01" }), columns),
      readSpendRow("dept-1", 2, row({ Description: "Support" }), columns),
      readSpendRow("dept-1", 2, row({ "Transaction Number": "None" }), columns),
    ];
    for (const other of others) {
      expect(base.ok && other.ok && base.line.baseFingerprint !== other.line.baseFingerprint).toBe(true);
    }
  });

  it("treats None as no transaction number", () => {
    const result = readSpendRow("dept-1", 2, row({ "Transaction Number": "None" }), columns);
    expect(result.ok && result.line.transactionNumber).toBeNull();
  });

  it("refuses a malformed Companies House number", () => {
    const result = readSpendRow("dept-1", 4, row({ "Companies House Number": "ABC" }), columns);
    expect(result.ok).toBe(false);
  });
});

describe("isBlankRow", () => {
  it("spots the empty lines files end with", () => {
    expect(isBlankRow(["", " ", ""])).toBe(true);
    expect(isBlankRow([""])).toBe(true);
    expect(isBlankRow(["", "x"])).toBe(false);
  });
});
