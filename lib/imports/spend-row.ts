// One spend-file line: validated into a staged line, or the problems with it (row, column, value).
import { createHash } from "node:crypto";
import { COMPANIES_HOUSE_NUMBER, normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { FIELD_LABELS, type ColumnMap, type SpendField } from "./spend-columns";
import { optionalText, parseAmount, parseDate, parseTransactionNumber } from "./spend-values";

export type RowProblem = { row: number; column: string; value: string; message: string };

export type SpendLine = {
  rowNumber: number;
  paidOn: string;
  amount: string;
  supplierName: string;
  supplierKey: string;
  companiesHouseNumber: string | null;
  description: string | null;
  expenseType: string | null;
  expenseArea: string | null;
  transactionNumber: string | null;
  contractReference: string | null;
  baseFingerprint: string;
};

export type RowResult = { ok: true; line: SpendLine } | { ok: false; problems: RowProblem[] };

/** A row whose cells are all blank (files often end with a few): skipped, not an error. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

/**
 * The identity of a payment, for idempotent re-imports: the same row in a later or overlapping file
 * gives the same value. The occurrence index among identical rows of one file is appended in SQL,
 * so a file's own identical lines stay separate payments.
 */
export function baseFingerprint(departmentId: string, line: Omit<SpendLine, "baseFingerprint" | "rowNumber" | "supplierName" | "contractReference">): string {
  const supplierIdentity = line.companiesHouseNumber ? `ch:${line.companiesHouseNumber}` : `name:${line.supplierKey}`;
  const parts = [departmentId, line.paidOn, supplierIdentity, line.amount, line.transactionNumber ?? "",
    line.description ?? "", line.expenseType ?? "", line.expenseArea ?? ""];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

export function readSpendRow(departmentId: string, rowNumber: number, cells: readonly string[], columns: ColumnMap): RowResult {
  const cell = (field: SpendField) => {
    const index = columns.fields[field];
    return index === undefined ? undefined : (cells[index] ?? "");
  };
  const problems: RowProblem[] = [];
  const problem = (field: SpendField, message: string) =>
    problems.push({ row: rowNumber, column: FIELD_LABELS[field], value: cell(field) ?? "", message });

  const date = parseDate(cell("paidOn") ?? "");
  if (!date.ok) problem("paidOn", date.message);
  const amount = parseAmount(cell("amount") ?? "");
  if (!amount.ok) problem("amount", amount.message);
  const supplierName = optionalText(cell("supplierName"));
  if (!supplierName) problem("supplierName", "Supplier is missing");
  const supplierKey = supplierName ? normaliseSupplierName(supplierName) : "";
  if (supplierName && !supplierKey) problem("supplierName", "Supplier name has no letters or digits");
  const rawNumber = optionalText(cell("companiesHouseNumber"));
  const companiesHouseNumber = rawNumber ? rawNumber.toUpperCase().replace(/\s+/g, "").padStart(8, "0") : null;
  if (companiesHouseNumber && !COMPANIES_HOUSE_NUMBER.test(companiesHouseNumber)) {
    problem("companiesHouseNumber", "Companies House number is not 8 digits or 2 letters and 6 digits");
  }
  if (problems.length > 0 || !date.ok || !amount.ok || !supplierName) return { ok: false, problems };

  const fields = {
    paidOn: date.value,
    amount: amount.value,
    supplierKey,
    companiesHouseNumber,
    description: optionalText(cell("description")),
    expenseType: optionalText(cell("expenseType")),
    expenseArea: optionalText(cell("expenseArea")),
    transactionNumber: parseTransactionNumber(cell("transactionNumber")),
  };
  return {
    ok: true,
    line: {
      ...fields,
      rowNumber,
      supplierName,
      contractReference: optionalText(cell("contractReference")),
      baseFingerprint: baseFingerprint(departmentId, fields),
    },
  };
}
