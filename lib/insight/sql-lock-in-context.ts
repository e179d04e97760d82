// The facts each contract's lock-in score is computed from (lib/risk/lock-in.ts), in one query: the same context
// for the contract page (lib/risk/queries.ts) and the dashboards' scores (refresh-lock-in.ts).
import { Prisma } from "@prisma/client";
import { type SqlScope, contractWhere, departmentWhere } from "@/lib/insight/sql-scope";

export type LockInContextRow = {
  id: string;
  title: string;
  reference: string | null;
  departmentName: string;
  leadPartnerId: string;
  leadPartnerName: string;
  routeToMarket: "FRAMEWORK_CALL_OFF" | "OPEN" | "RESTRICTED" | "COMPETITIVE_FLEXIBLE" | "DIRECT_AWARD" | "NOT_STATED";
  procurementMethod: "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT" | null;
  directAwardJustification: string | null;
  numberOfTenderers: number | null;
  awardValue: Prisma.Decimal;
  currentValue: Prisma.Decimal;
  startDate: Date;
  endDate: Date;
  extensionsUsed: number;
  hasExitPlan: boolean;
  hasBreakClause: boolean;
  hasDataExportTerms: boolean;
  usesOpenStandards: boolean;
  awards: bigint;
  directAwards: bigint;
  incumbencyYears: number;
  capabilityShare: Prisma.Decimal | null;
  poorKpiAssessments: bigint;
  recompeted: boolean;
};

/** Direct spend per department, capability and payee: every department in scope. */
const capabilitySpend = (s: SqlScope) => Prisma.sql`
    SELECT "departmentId", "capabilityId", "payeeSupplierId", SUM(amount) AS amount FROM "SpendContractPayee" p
     WHERE kind = 'DIRECT' AND ${departmentWhere(`"departmentId"`, s)} GROUP BY 1, 2, 3`;

/**
 * The same, of the contracts' own departments and capabilities alone, each read from the index
 * SpendContractPayee_direct_capability_idx (equality for a capability, IS NULL for none; IS NOT DISTINCT FROM
 * cannot use an index, and scanning the department's rows took 1.4 s of a terms save at national scale).
 */
const capabilitySpendOfBase = Prisma.sql`
    SELECT k."departmentId", k."capabilityId", p."payeeSupplierId", SUM(p.amount) AS amount
      FROM (SELECT DISTINCT "departmentId", "capabilityId" FROM base) k
      JOIN "SpendContractPayee" p ON p.kind = 'DIRECT' AND p."departmentId" = k."departmentId" AND p."capabilityId" = k."capabilityId"
     GROUP BY 1, 2, 3
    UNION ALL
    SELECT k."departmentId", NULL, p."payeeSupplierId", SUM(p.amount) AS amount
      FROM (SELECT DISTINCT "departmentId" FROM base WHERE "capabilityId" IS NULL) k
      JOIN "SpendContractPayee" p ON p.kind = 'DIRECT' AND p."departmentId" = k."departmentId" AND p."capabilityId" IS NULL
     GROUP BY 1, 3`;

// The two latest open or selective awards per department and capability: a contract re-competed after its
// last poor rating has one of them later than that rating, other than itself. (Searching every contract of
// the department for each poorly rated one took a second at benchmark scale.)
const latestCompetitions = (s: SqlScope) => Prisma.sql`
    SELECT "departmentId", "capabilityId", id, "awardDate" FROM (
      SELECT o."departmentId", o."capabilityId", o.id, o."awardDate",
             ROW_NUMBER() OVER (PARTITION BY o."departmentId", o."capabilityId" ORDER BY o."awardDate" DESC, o.id) AS rn
        FROM "Contract" o WHERE o."procurementMethod" IN ('OPEN', 'SELECTIVE') AND ${departmentWhere(`o."departmentId"`, s)}
    ) latest WHERE rn <= 2`;

/** The same for the contracts' own departments and capabilities, two rows each from Contract_competition_idx. */
const latestCompetitionsOfBase = Prisma.sql`
    SELECT k."departmentId", k."capabilityId", o.id, o."awardDate"
      FROM (SELECT DISTINCT "departmentId", "capabilityId" FROM base WHERE "capabilityId" IS NOT NULL) k
      CROSS JOIN LATERAL (SELECT o.id, o."awardDate" FROM "Contract" o
        WHERE o."procurementMethod" IN ('OPEN', 'SELECTIVE') AND o."departmentId" = k."departmentId" AND o."capabilityId" = k."capabilityId"
        ORDER BY o."awardDate" DESC, o.id LIMIT 2) o
    UNION ALL
    SELECT k."departmentId", NULL, o.id, o."awardDate"
      FROM (SELECT DISTINCT "departmentId" FROM base WHERE "capabilityId" IS NULL) k
      CROSS JOIN LATERAL (SELECT o.id, o."awardDate" FROM "Contract" o
        WHERE o."procurementMethod" IN ('OPEN', 'SELECTIVE') AND o."departmentId" = k."departmentId" AND o."capabilityId" IS NULL
        ORDER BY o."awardDate" DESC, o.id LIMIT 2) o`;

/**
 * Every active contract in scope with the context lockInScore() needs, computed set-wise; with only, those
 * contracts (and the spend and competitions of their capabilities alone). The contract page asks for one
 * contract whatever its status (anyStatus), so an ended contract is explained too.
 */
export const lockInContextSql = (s: SqlScope, today: string, only?: string[], anyStatus = false) => {
  // A subset reads only its own capabilities' spend and competitions (the whole department's at 10M payments took seconds).
  return Prisma.sql`
  WITH base AS (
    SELECT c.* FROM "Contract" c WHERE ${anyStatus ? Prisma.sql`true` : Prisma.sql`c.status = 'ACTIVE'`} AND ${contractWhere("c", s)}
       AND ${only ? Prisma.sql`c.id IN (${Prisma.join(only.length > 0 ? only : [""])})` : Prisma.sql`true`}
  ), cap_spend AS (${only ? capabilitySpendOfBase : capabilitySpend(s)}
  ), cap_total AS (
    SELECT "departmentId", "capabilityId", SUM(amount) AS amount FROM cap_spend GROUP BY 1, 2
  ), poor AS (
    SELECT k."contractId", COUNT(*) AS n, MAX(a."assessedOn") AS last FROM "KpiAssessment" a JOIN "Kpi" k ON k.id = a."kpiId"
     WHERE a.rating IN ('REQUIRES_IMPROVEMENT', 'INADEQUATE') AND k."contractId" IN (SELECT id FROM base) GROUP BY 1
  ), held AS (
    SELECT o."departmentId", o."leadPartnerId", o."capabilityId", MIN(o."startDate") AS first FROM "Contract" o
     WHERE (o."departmentId", o."leadPartnerId") IN (SELECT "departmentId", "leadPartnerId" FROM base) GROUP BY 1, 2, 3
  ), competitions AS MATERIALIZED (${only ? latestCompetitionsOfBase : latestCompetitions(s)}
  )
  SELECT b.id, b."departmentId", b."leadPartnerId", b.title, b.reference, d.name AS "departmentName", lead."legalName" AS "leadPartnerName",
         b."routeToMarket", b."procurementMethod", b."directAwardJustification", b."numberOfTenderers", b."awardValue", b."currentValue",
         b."startDate", b."endDate", b."extensionsUsed", b."hasExitPlan", b."hasBreakClause", b."hasDataExportTerms", b."usesOpenStandards",
         (SELECT COUNT(*) FROM "Contract" o WHERE o."departmentId" = b."departmentId" AND o."leadPartnerId" = b."leadPartnerId"
             AND o."awardDate" > b."awardDate" - 365 AND o."awardDate" <= b."awardDate") AS awards,
         (SELECT COUNT(*) FROM "Contract" o WHERE o."departmentId" = b."departmentId" AND o."leadPartnerId" = b."leadPartnerId"
             AND o."awardDate" > b."awardDate" - 365 AND o."awardDate" <= b."awardDate" AND o."procurementMethod" IN ('DIRECT', 'LIMITED')) AS "directAwards",
         COALESCE(EXTRACT(YEAR FROM AGE(LEAST(b."endDate", ${today}::date), h.first))::int, 0) AS "incumbencyYears",
         cs.amount / NULLIF(ct.amount, 0) AS "capabilityShare",
         COALESCE(p.n, 0) AS "poorKpiAssessments",
         (p.last IS NOT NULL AND EXISTS (SELECT 1 FROM competitions o WHERE o."departmentId" = b."departmentId" AND o.id <> b.id
             AND o."capabilityId" IS NOT DISTINCT FROM b."capabilityId" AND o."awardDate" > p.last)) AS recompeted
    FROM base b
    JOIN "Department" d ON d.id = b."departmentId" JOIN "Supplier" lead ON lead.id = b."leadPartnerId"
    LEFT JOIN held h ON h."departmentId" = b."departmentId" AND h."leadPartnerId" = b."leadPartnerId" AND h."capabilityId" IS NOT DISTINCT FROM b."capabilityId"
    LEFT JOIN cap_spend cs ON cs."departmentId" = b."departmentId" AND cs."capabilityId" IS NOT DISTINCT FROM b."capabilityId" AND cs."payeeSupplierId" = b."leadPartnerId"
    LEFT JOIN cap_total ct ON ct."departmentId" = b."departmentId" AND ct."capabilityId" IS NOT DISTINCT FROM b."capabilityId"
    LEFT JOIN poor p ON p."contractId" = b.id`;
};
