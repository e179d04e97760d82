import { Prisma } from "@prisma/client";
import { visibleDepartments, type ScopedCaller } from "@/lib/access/departments";
import { departmentSql } from "@/lib/access/sql-scope";
import { selectList, type ExportColumn } from "@/lib/exports/columns";
import type { SpendExportParams } from "@/lib/exports/schema";

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

/** The spend export's query: the caller's scope AND the filters (inlined for COPY by lib/exports/sql.ts). */
export function spendExportSql(caller: ScopedCaller, params: SpendExportParams): Prisma.Sql {
  const conditions = [departmentSql(visibleDepartments(caller), `s."departmentId"`)];
  if (params.kind !== "all") conditions.push(Prisma.sql`s.kind = ${params.kind}::"SpendKind"`);
  if (params.from) conditions.push(Prisma.sql`s."paidOn" >= ${params.from}::date`);
  if (params.to) conditions.push(Prisma.sql`s."paidOn" <= ${params.to}::date`);
  if (params.departmentId) conditions.push(Prisma.sql`s."departmentId" = ${params.departmentId}`);
  if (params.supplierId) conditions.push(Prisma.sql`s."payeeSupplierId" = ${params.supplierId}`);
  return Prisma.sql`SELECT
  ${Prisma.raw(selectList(SPEND_COLUMNS, params.format))}
FROM "SpendTransaction" s
JOIN "Department" d ON d.id = s."departmentId"
JOIN "Supplier" payee ON payee.id = s."payeeSupplierId"
LEFT JOIN "Supplier" payer ON payer.id = s."payerSupplierId"
LEFT JOIN "Contract" c ON c.id = s."contractId"
WHERE ${Prisma.join(conditions, "\n  AND ")}
ORDER BY s."paidOn", s.id`;
}
