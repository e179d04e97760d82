// One spend-file line: validated into a staged line, or the problems with it (row, column, value).
// This runs once per line of files with millions of lines: no closures or object spreads on the
// way to a valid line (tsx wraps named inner functions with __name on every call), and the
// problems of an invalid line are worked out only when there are some.
import { hash } from "node:crypto";
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

type FingerprintFields = Pick<
  SpendLine,
  | "paidOn"
  | "amount"
  | "supplierKey"
  | "companiesHouseNumber"
  | "transactionNumber"
  | "description"
  | "expenseType"
  | "expenseArea"
>;

/**
 * The identity of a payment, for idempotent re-imports: the same row in a later or overlapping file
 * gives the same value. The occurrence index among identical rows of one file is appended in SQL,
 * so a file's own identical lines stay separate payments. Payments already imported carry this
 * value: it must never change (spend-row.test.ts pins it).
 */
export function baseFingerprint(departmentId: string, line: FingerprintFields): string {
  const supplierIdentity = line.companiesHouseNumber ? `ch:${line.companiesHouseNumber}` : `name:${line.supplierKey}`;
  const parts = [
    departmentId,
    line.paidOn,
    supplierIdentity,
    line.amount,
    line.transactionNumber ?? "",
    line.description ?? "",
    line.expenseType ?? "",
    line.expenseArea ?? "",
  ];
  return hash("sha256", JSON.stringify(parts), "hex");
}

// Files repeat a few thousand supplier names across their lines; normalising (NFKD and seven regular
// expressions) is the dearest step of a line. Bounded, so memory stays flat however many names a file has.
const SUPPLIER_KEY_MEMO_LIMIT = 50_000;
const supplierKeys = new Map<string, string>();

function supplierKeyOf(supplierName: string): string {
  let key = supplierKeys.get(supplierName);
  if (key === undefined) {
    if (supplierKeys.size >= SUPPLIER_KEY_MEMO_LIMIT) supplierKeys.clear();
    key = normaliseSupplierName(supplierName);
    supplierKeys.set(supplierName, key);
  }
  return key;
}

function cellAt(cells: readonly string[], index: number | undefined): string | undefined {
  return index === undefined ? undefined : (cells[index] ?? "");
}

function companiesHouseNumberOf(raw: string | undefined): string | null {
  const text = optionalText(raw);
  return text ? text.toUpperCase().replace(/\s+/g, "").padStart(8, "0") : null;
}

export function readSpendRow(
  departmentId: string,
  rowNumber: number,
  cells: readonly string[],
  columns: ColumnMap,
): RowResult {
  const at = columns.fields;
  const date = parseDate(cellAt(cells, at.paidOn) ?? "");
  const amount = parseAmount(cellAt(cells, at.amount) ?? "");
  const supplierName = optionalText(cellAt(cells, at.supplierName));
  const supplierKey = supplierName ? supplierKeyOf(supplierName) : "";
  const companiesHouseNumber = companiesHouseNumberOf(cellAt(cells, at.companiesHouseNumber));
  if (
    !date.ok ||
    !amount.ok ||
    !supplierName ||
    !supplierKey ||
    (companiesHouseNumber !== null && !COMPANIES_HOUSE_NUMBER.test(companiesHouseNumber))
  ) {
    return { ok: false, problems: rowProblems(rowNumber, cells, columns) };
  }
  const line: SpendLine = {
    rowNumber,
    paidOn: date.value,
    amount: amount.value,
    supplierName,
    supplierKey,
    companiesHouseNumber,
    description: optionalText(cellAt(cells, at.description)),
    expenseType: optionalText(cellAt(cells, at.expenseType)),
    expenseArea: optionalText(cellAt(cells, at.expenseArea)),
    transactionNumber: parseTransactionNumber(cellAt(cells, at.transactionNumber)),
    contractReference: optionalText(cellAt(cells, at.contractReference)),
    baseFingerprint: "",
  };
  line.baseFingerprint = baseFingerprint(departmentId, line);
  return { ok: true, line };
}

/** Every problem of an invalid line, in column order of the checks. */
function rowProblems(rowNumber: number, cells: readonly string[], columns: ColumnMap): RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (field: SpendField, message: string) =>
    problems.push({
      row: rowNumber,
      column: FIELD_LABELS[field],
      value: cellAt(cells, columns.fields[field]) ?? "",
      message,
    });
  const date = parseDate(cellAt(cells, columns.fields.paidOn) ?? "");
  if (!date.ok) problem("paidOn", date.message);
  const amount = parseAmount(cellAt(cells, columns.fields.amount) ?? "");
  if (!amount.ok) problem("amount", amount.message);
  const supplierName = optionalText(cellAt(cells, columns.fields.supplierName));
  if (!supplierName) problem("supplierName", "Supplier is missing");
  else if (!normaliseSupplierName(supplierName)) problem("supplierName", "Supplier name has no letters or digits");
  const companiesHouseNumber = companiesHouseNumberOf(cellAt(cells, columns.fields.companiesHouseNumber));
  if (companiesHouseNumber !== null && !COMPANIES_HOUSE_NUMBER.test(companiesHouseNumber)) {
    problem("companiesHouseNumber", "Companies House number is not 8 digits or 2 letters and 6 digits");
  }
  return problems;
}
