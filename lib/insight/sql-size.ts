// The statements behind a size change's refresh (lib/insight/refresh-size.ts): one supplier's payments with
// its SME status judged twice from one snapshot, as the declarations stand after the save and as they stood
// before it (the same declarations without the save's own change), and what each stored table needs from it.
import { Prisma } from "@prisma/client";

/** One save's change to a supplier's size declarations: one declared, or one verified by an administrator. */
export type SizeChange = { supplierId: string; declarationId: string; action: "declared" | "verified" };

/**
 * The supplier's declarations, each with the day the next one takes over, as DECLARATIONS_IN_FORCE in
 * lib/insight/refresh.ts judges them (of two for one day, the later id holds). Before the save: without the
 * one it declared, or with the one it verified still unverified.
 */
function declarations(change: SizeChange, before: boolean): Prisma.Sql {
  const verifiedAt =
    before && change.action === "verified"
      ? Prisma.sql`CASE WHEN id = ${change.declarationId} THEN NULL ELSE "verifiedAt" END`
      : Prisma.sql`"verifiedAt"`;
  const left = before && change.action === "declared" ? Prisma.sql`id <> ${change.declarationId}` : Prisma.sql`true`;
  return Prisma.sql`(
    SELECT "asOf", LEAD("asOf") OVER (ORDER BY "asOf", id) AS until, "isSme", ${verifiedAt} AS "verifiedAt"
      FROM "SizeDeclaration" WHERE "supplierId" = ${change.supplierId} AND ${left})`;
}

/** The declaration (alias d) is the one in force on the day. */
const inForceOn = (d: string, day: Prisma.Sql) =>
  Prisma.sql`${Prisma.raw(d)}."asOf" <= ${day} AND (${Prisma.raw(d)}.until IS NULL OR ${day} < ${Prisma.raw(d)}.until)`;

/**
 * The supplier's payments summed per department, contract, kind, month and the contract's dimensions as they
 * are, with the SME and unverified SME parts after the save and before it (the temporary table size_spend
 * holds this).
 */
export const JUDGED_SPEND = (change: SizeChange) => Prisma.sql`
  SELECT s."departmentId", s."contractId", s.kind, date_trunc('month', s."paidOn")::date AS month,
         c."lotId", c."capabilityId", c."routeToMarket", SUM(s.amount) AS amount,
         COALESCE(SUM(s.amount) FILTER (WHERE d."isSme"), 0) AS sme,
         COALESCE(SUM(s.amount) FILTER (WHERE d."isSme" AND d."verifiedAt" IS NULL), 0) AS unverified,
         COALESCE(SUM(s.amount) FILTER (WHERE b."isSme"), 0) AS "smeBefore",
         COALESCE(SUM(s.amount) FILTER (WHERE b."isSme" AND b."verifiedAt" IS NULL), 0) AS "unverifiedBefore"
    FROM (
      SELECT "departmentId", "contractId", kind, "paidOn", SUM(amount) AS amount FROM "SpendTransaction"
       WHERE "payeeSupplierId" = ${change.supplierId} GROUP BY 1, 2, 3, 4
    ) s
    LEFT JOIN "Contract" c ON c.id = s."contractId"
    LEFT JOIN ${declarations(change, false)} d ON ${inForceOn("d", Prisma.sql`s."paidOn"`)}
    LEFT JOIN ${declarations(change, true)} b ON ${inForceOn("b", Prisma.sql`s."paidOn"`)}
   GROUP BY 1, 2, 3, 4, 5, 6, 7`;

const PAYEE_KEY = Prisma.sql`"departmentId", "contractId", kind, "lotId", "capabilityId", "routeToMarket"`;

/**
 * True when the supplier's per-contract rows hold its payments exactly, under its contracts' dimensions as
 * they are and with the SME part judged as before the save (sums compared per key; EXCEPT treats nulls alike).
 */
export const PAYEE_ROWS_AS_JUDGED = (change: SizeChange) => {
  const judged = Prisma.sql`SELECT ${PAYEE_KEY}, SUM(amount) AS amount, SUM("smeBefore") AS sme FROM size_spend GROUP BY ${PAYEE_KEY}`;
  const stored = Prisma.sql`SELECT ${PAYEE_KEY}, SUM(amount) AS amount, SUM("smeAmount") AS sme FROM "SpendContractPayee"
    WHERE "payeeSupplierId" = ${change.supplierId} GROUP BY ${PAYEE_KEY}`;
  return Prisma.sql`NOT EXISTS ((${judged} EXCEPT ${stored}) UNION ALL (${stored} EXCEPT ${judged}))`;
};

/** The supplier's per-contract rows whose SME part the save moved, as they now are. */
export const PAYEE_ROWS_CHANGED = Prisma.sql`
  SELECT ${PAYEE_KEY}, SUM(amount) AS amount, SUM(sme) AS sme FROM size_spend
   GROUP BY ${PAYEE_KEY} HAVING SUM(sme) <> SUM("smeBefore")`;

const difference = (table: "SpendMonthly" | "SpendMonthlyLot") => {
  const key = Prisma.raw(
    table === "SpendMonthly"
      ? `"departmentId", month, kind, "lotId", "capabilityId", "routeToMarket"`
      : `"departmentId", month, kind, "lotId", "routeToMarket"`,
  );
  return Prisma.sql`
    INSERT INTO ${Prisma.raw(`"${table}"`)} (${key}, amount, "smeAmount", "unverifiedSmeAmount", transactions)
    SELECT ${key}, 0, SUM(sme - "smeBefore"), SUM(unverified - "unverifiedBefore"), 0 FROM size_spend GROUP BY ${key}
    HAVING SUM(sme - "smeBefore") <> 0 OR SUM(unverified - "unverifiedBefore") <> 0`;
};

/** Rows of the difference the save made to each monthly key (amount and transactions 0: no payment is added). */
export const MONTHLY_DIFFERENCE = difference("SpendMonthly");
export const MONTHLY_LOT_DIFFERENCE = difference("SpendMonthlyLot");

/** The contracts the supplier is a partnership member of whose SME status as at their award the save moved. */
export async function changedMemberContracts(t: Prisma.TransactionClient, change: SizeChange): Promise<string[]> {
  const rows = await t.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT c.id FROM "PartnershipMember" pm JOIN "Contract" c ON c.id = pm."contractId"
      LEFT JOIN ${declarations(change, false)} d ON ${inForceOn("d", Prisma.sql`c."awardDate"`)}
      LEFT JOIN ${declarations(change, true)} b ON ${inForceOn("b", Prisma.sql`c."awardDate"`)}
     WHERE pm."supplierId" = ${change.supplierId} AND COALESCE(d."isSme", false) IS DISTINCT FROM COALESCE(b."isSme", false)`;
  return rows.map((r) => r.id);
}
