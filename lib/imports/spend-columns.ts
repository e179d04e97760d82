// The published "spend over £25,000" layout, as departments really write it: headers vary in case,
// spacing and wording, and optional columns come and go. Each field lists the headers that mean it.
export const SPEND_FIELDS = {
  departmentFamily: ["department family", "departmental family", "department"],
  entity: ["entity", "body", "organisation"],
  paidOn: ["date", "payment date", "date of payment", "transaction date", "paid date"],
  expenseType: ["expense type", "expenditure type"],
  expenseArea: ["expense area", "expenditure area"],
  supplierName: ["supplier", "supplier name", "merchant name", "payee", "vendor", "vendor name"],
  transactionNumber: ["transaction number", "transaction no", "transaction id", "transaction ref", "invoice number"],
  amount: ["amount", "amount £", "amount gbp", "value", "value £", "net amount", "amount paid"],
  description: ["description", "expense description", "narrative", "item text"],
  supplierPostcode: ["supplier postcode", "postcode"],
  supplierType: ["supplier type"],
  contractReference: ["contract number", "contract reference", "contract no", "contract ref"],
  projectCode: ["project code"],
  companiesHouseNumber: [
    "companies house number",
    "company number",
    "companies house no",
    "company registration number",
  ],
} as const;

export type SpendField = keyof typeof SPEND_FIELDS;

/** The fields a file must have; the rest are optional. */
export const REQUIRED_FIELDS: readonly SpendField[] = ["paidOn", "supplierName", "amount"];

/** "Payment Date ", "AMOUNT (£)", "Expense_Area" -> "payment date", "amount £", "expense area". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[_.:()\[\]]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const BY_HEADER = new Map<string, SpendField>(
  (Object.entries(SPEND_FIELDS) as [SpendField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

export type ColumnMap = { fields: Partial<Record<SpendField, number>>; missing: SpendField[] };

/** Maps each known field to its column index; unknown columns are ignored (files add their own). */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const fields: Partial<Record<SpendField, number>> = {};
  headers.forEach((header, index) => {
    const field = BY_HEADER.get(normaliseHeader(header));
    if (field && fields[field] === undefined) fields[field] = index;
  });
  return { fields, missing: REQUIRED_FIELDS.filter((f) => fields[f] === undefined) };
}

/** Human names for error reports, in the file's own words where possible. */
export const FIELD_LABELS: Record<SpendField, string> = {
  departmentFamily: "Department Family",
  entity: "Entity",
  paidOn: "Date",
  expenseType: "Expense Type",
  expenseArea: "Expense Area",
  supplierName: "Supplier",
  transactionNumber: "Transaction Number",
  amount: "Amount",
  description: "Description",
  supplierPostcode: "Supplier Postcode",
  supplierType: "Supplier Type",
  contractReference: "Contract Number",
  projectCode: "Project Code",
  companiesHouseNumber: "Companies House Number",
};
