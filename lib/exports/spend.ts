import type { Caller } from "@/lib/auth/caller";
import { selectList, type ExportColumn } from "@/lib/exports/columns";
import { departmentCondition } from "@/lib/exports/scope-sql";
import type { SpendExportParams } from "@/lib/exports/schema";
import { dateLiteral, literal } from "@/lib/exports/sql";

export const SPEND_COLUMNS: ExportColumn[] = [
  { header: "Payment date", sql: `to_char(s."paidOn", 'YYYY-MM-DD')`, kind: "date", width: 12 },
  { header: "Department", sql: `d.name`, width: 30 },
  { header: "Kind", sql: `CASE s.kind WHEN 'DIRECT' THEN 'direct' ELSE 'indirect (supply chain)' END`, width: 12 },
  { header: "Paid by", sql: `COALESCE(payer."legalName", d.name)`, width: 30 },
  { header: "Supplier", sql: `payee."legalName"`, width: 30 },
  { header: "Companies House number", sql: `payee."companiesHouseNumber"`, width: 12 },
  { header: "Contract reference", sql: `c.reference`, width: 16 },
  { header: "Contract", sql: `c.title`, width: 40 },
  { header: "Amount", sql: `s.amount`, kind: "money", width: 14 },
  { header: "Transaction number", sql: `s."transactionNumber"`, width: 14 },
  { header: "Expense type", sql: `s."expenseType"`, width: 20 },
  { header: "Expense area", sql: `s."expenseArea"`, width: 20 },
  { header: "Description", sql: `s.description`, width: 40 },
];

/** The spend export's SQL: the caller's scope AND the filters, values inlined as checked literals. */
export function spendExportSql(caller: Caller, params: SpendExportParams): string {
  const conditions = [departmentCondition(caller, `s."departmentId"`)];
  if (params.kind !== "all") conditions.push(`s.kind = ${literal(params.kind)}`);
  if (params.from) conditions.push(`s."paidOn" >= ${dateLiteral(params.from)}`);
  if (params.to) conditions.push(`s."paidOn" <= ${dateLiteral(params.to)}`);
  if (params.departmentId) conditions.push(`s."departmentId" = ${literal(params.departmentId)}`);
  if (params.supplierId) conditions.push(`s."payeeSupplierId" = ${literal(params.supplierId)}`);
  return `SELECT
  ${selectList(SPEND_COLUMNS, params.format)}
FROM "SpendTransaction" s
JOIN "Department" d ON d.id = s."departmentId"
JOIN "Supplier" payee ON payee.id = s."payeeSupplierId"
LEFT JOIN "Supplier" payer ON payer.id = s."payerSupplierId"
LEFT JOIN "Contract" c ON c.id = s."contractId"
WHERE ${conditions.join("\n  AND ")}
ORDER BY s."paidOn", s.id`;
}
