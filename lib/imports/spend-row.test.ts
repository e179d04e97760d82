import { describe, expect, it } from "vitest";
import { mapColumns } from "./spend-columns";
import { isBlankRow, readSpendRow } from "./spend-row";

const header = [
  "Department Family",
  "Entity",
  "Date",
  "Expense Type",
  "Expense Area",
  "Supplier",
  "Transaction Number",
  "Amount",
  "Description",
  "Contract Number",
  "Companies House Number",
];
const columns = mapColumns(header);
const row = (overrides: Partial<Record<string, string>> = {}) =>
  header.map(
    (h) =>
      overrides[h] ??
      (
        {
          Date: "05/04/2024",
          Supplier: "Acme Widgets Ltd",
          Amount: "£30,000.00",
          "Transaction Number": "7001",
          Description: "Licences",
          "Expense Type": "IT",
          "Expense Area": "Digital",
        } as Record<string, string>
      )[h] ??
      "",
  );

describe("readSpendRow", () => {
  it("reads a valid line into exact values", () => {
    const result = readSpendRow(
      "dept-1",
      2,
      row({ "Contract Number": "CR-1", "Companies House Number": "1234567" }),
      columns,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.line).toMatchObject({
      rowNumber: 2,
      paidOn: "2024-04-05",
      amount: "30000.00",
      supplierName: "Acme Widgets Ltd",
      supplierKey: "acme widgets",
      companiesHouseNumber: "01234567",
      transactionNumber: "7001",
      contractReference: "CR-1",
      description: "Licences",
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

  it("keeps the fingerprints of lines already imported: the same value for the same line, release after release", () => {
    // Payments already in SpendTransaction carry these: a change here would import them again.
    const line = (cells: Record<string, string>) => {
      const result = readSpendRow(
        "dept-1",
        2,
        header.map((h) => cells[h] ?? ""),
        columns,
      );
      return result.ok ? result.line.baseFingerprint : result.problems;
    };
    expect(
      line({
        Date: "05/04/2024",
        Supplier: "Acme Widgets Ltd",
        Amount: "£30,000.00",
        "Transaction Number": "7001",
        Description: "Licences",
        "Expense Type": "IT",
        "Expense Area": "Digital",
        "Contract Number": "CR-1",
        "Companies House Number": "1234567",
      }),
    ).toBe("32377f0cb49ea450f2718648e201723d336bb45c1a348ad7406a2309ff7ffb8c");
    expect(
      line({
        Date: "5/4/2024",
        Supplier: "Café Ünïcode & Sons Limited",
        Amount: "(1,234.5)",
        "Transaction Number": "None",
      }),
    ).toBe("d59737bc47db177030319814b378865f9b911a465b3457083d97e6ad6e8c9bf2");
    expect(
      line({
        Date: "2024-04-05",
        Supplier: 'Acme "Widgets" Ltd',
        Amount: "-£25,000",
        Description: "Tab\there",
        "Expense Type": "IT",
        "Expense Area": "Digital",
      }),
    ).toBe("701f5776521a970cdaf8a6f22d813675369ee05e09f1b14e6381c3370e1fffa1");
  });

  it("treats None as no transaction number", () => {
    const result = readSpendRow("dept-1", 2, row({ "Transaction Number": "None" }), columns);
    expect(result.ok && result.line.transactionNumber).toBeNull();
  });

  it("refuses a malformed Companies House number", () => {
    const result = readSpendRow("dept-1", 4, row({ "Companies House Number": "ABC" }), columns);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          row: 4,
          column: "Companies House Number",
          value: "ABC",
          message: "Companies House number is not 8 digits or 2 letters and 6 digits",
        },
      ],
    });
  });

  it("refuses a supplier name with no letters or digits", () => {
    expect(readSpendRow("dept-1", 5, row({ Supplier: "***" }), columns)).toEqual({
      ok: false,
      problems: [{ row: 5, column: "Supplier", value: "***", message: "Supplier name has no letters or digits" }],
    });
    expect(readSpendRow("dept-1", 6, row({ Supplier: "--" }), columns)).toEqual({
      ok: false,
      problems: [{ row: 6, column: "Supplier", value: "--", message: "Supplier name has no letters or digits" }],
    });
  });
});

describe("isBlankRow", () => {
  it("spots the empty lines files end with", () => {
    expect(isBlankRow(["", " ", ""])).toBe(true);
    expect(isBlankRow([""])).toBe(true);
    expect(isBlankRow(["", "x"])).toBe(false);
  });
});
