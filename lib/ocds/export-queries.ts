import "server-only";
import { Prisma } from "@prisma/client";
import type { Caller } from "@/lib/access/caller";
import { contractSql } from "@/lib/access/sql-scope";
import { db } from "@/lib/db";
import type { OcdsContractInput } from "@/lib/ocds/export-input";

const BATCH = 200;

// A supplier as a release names it; dates as calendar days and money as exact text inside the JSON (a JSON
// number would round a large value), turned back into Dates and Decimals by contractOf.
const org = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'legalName', ${alias}."legalName", 'companiesHouseNumber', ${alias}."companiesHouseNumber")`;
const dayText = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const CONTRACTS_FOR_OCDS = Prisma.raw(`
  c.id, c.ocid, c."ocdsContractId", c."ocdsAwardId", c.reference, c.title, c.description, c."routeToMarket"::text AS "routeToMarket",
  c."procurementMethod"::text AS "procurementMethod", c."directAwardJustification", c."numberOfTenderers", c."awardValue", c."currentValue",
  c."awardDate", c."startDate", c."endDate", c.status::text AS status, c."updatedAt", c.version,
  json_build_object('id', d.id, 'name', d.name, 'identifier', d.identifier) AS department,
  ${org("lead")} AS "leadPartner",
  CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('number', l.number, 'name', l.name,
    'framework', json_build_object('rmNumber', f."rmNumber", 'name', f.name)) END AS lot,
  COALESCE((SELECT json_agg(json_build_object('id', pm.id, 'role', pm.role, 'pledgedSharePercent', pm."pledgedSharePercent"::text,
      'joinedOn', ${dayText(`pm."joinedOn"`)}, 'leftOn', ${dayText(`pm."leftOn"`)}, 'supplier', ${org("member")}) ORDER BY pm."joinedOn", pm.id)
    FROM "PartnershipMember" pm JOIN "Supplier" member ON member.id = pm."supplierId" WHERE pm."contractId" = c.id), '[]') AS members,
  COALESCE((SELECT json_agg(json_build_object('id', a.id, 'date', ${dayText("a.date")}, 'kind', a.kind, 'rationale', a.rationale,
      'valueChange', a."valueChange"::text) ORDER BY a.date, a.id)
    FROM "Amendment" a WHERE a."contractId" = c.id), '[]') AS amendments,
  COALESCE((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'paidOn', ${dayText(`s."paidOn"`)}, 'amount', s.amount::text,
      'payerSupplierId', s."payerSupplierId", 'payeeSupplierId', s."payeeSupplierId") ORDER BY s."paidOn", s.id)
    FROM "SpendTransaction" s WHERE s."contractId" = c.id), '[]') AS spend`);

type Row = Omit<OcdsContractInput, "members" | "amendments" | "spend"> & {
  members: (Omit<OcdsContractInput["members"][number], "joinedOn" | "leftOn"> & {
    joinedOn: string;
    leftOn: string | null;
  })[];
  amendments: (Omit<OcdsContractInput["amendments"][number], "date"> & { date: string })[];
  spend: (Omit<OcdsContractInput["spend"][number], "paidOn"> & { paidOn: string })[];
};

const dateOf = (day: string) => new Date(`${day}T00:00:00.000Z`);
const decimal = (text: unknown) => new Prisma.Decimal(String(text));

const contractOf = (row: Row): OcdsContractInput => ({
  ...row,
  members: row.members.map((m) => ({
    ...m,
    pledgedSharePercent: decimal(m.pledgedSharePercent),
    joinedOn: dateOf(m.joinedOn),
    leftOn: m.leftOn ? dateOf(m.leftOn) : null,
  })),
  amendments: row.amendments.map((a) => ({ ...a, date: dateOf(a.date), valueChange: decimal(a.valueChange) })),
  spend: row.spend.map((s) => ({ ...s, paidOn: dateOf(s.paidOn), amount: decimal(s.amount) })),
});

/**
 * The contracts in the caller's scope (one department, or every one the caller may see), with everything
 * an OCDS release needs, one SQL statement per batch by id (keyset), so a national package never sits in
 * memory at once and a batch is one round trip, whatever its contracts hold.
 */
export async function* iterateContractsForOcds(
  caller: Caller,
  departmentId?: string,
): AsyncGenerator<OcdsContractInput[]> {
  const department = departmentId ? Prisma.sql`c."departmentId" = ${departmentId}` : Prisma.sql`true`;
  let after = "";
  for (;;) {
    const rows = await db.$queryRaw<Row[]>`
      SELECT ${CONTRACTS_FOR_OCDS}
        FROM "Contract" c JOIN "Department" d ON d.id = c."departmentId" JOIN "Supplier" lead ON lead.id = c."leadPartnerId"
        LEFT JOIN "Lot" l ON l.id = c."lotId" LEFT JOIN "Framework" f ON f.id = l."frameworkId"
       WHERE ${contractSql(caller, "c")} AND ${department} AND c.id > ${after}
       ORDER BY c.id LIMIT ${BATCH}`;
    if (rows.length > 0) yield rows.map(contractOf);
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}
