// The KPI duties of kpi-rules.ts as SQL, for reads that judge every row inside PostgreSQL (the register's
// CSV, streamed by COPY). Built from the same constants and the same yearBefore; each side is run over the
// same cases in tests/integration/kpi-rules-sql.test.ts. Change a rule there and here together.
import { Prisma } from "@prisma/client";
import { KPI_THRESHOLD, MIN_KPIS, yearBefore, type KpiRequirement } from "@/lib/contracts/kpi-rules";
import { isoDate } from "@/lib/dates/format";

/**
 * Every character JavaScript's String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator),
 * so that btrim in SQL judges a blank exemption reason as `.trim()` does (btrim alone removes only spaces).
 */
export const TRIMMED_CHARACTERS =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** SQL expressions (column references) for the facts a rule reads of one contract. */
export type KpiFactsSql = {
  value: string;
  kpiCount: string;
  exemptionReason: string;
  status: string;
  awardDate: string;
  lastAssessedOn: string;
};

const raw = Prisma.raw;
const code = (requirement: KpiRequirement) => requirement;

/** kpiRequirement as SQL: 'not-required', 'met', 'exempt' or 'missing'. */
export function kpiRequirementSql(c: KpiFactsSql): Prisma.Sql {
  return Prisma.sql`CASE
    WHEN NOT (${raw(c.value)} > ${KPI_THRESHOLD.toString()}::numeric) THEN ${code("not-required")}
    WHEN ${raw(c.kpiCount)} >= ${MIN_KPIS} THEN ${code("met")}
    WHEN btrim(${raw(c.exemptionReason)}, ${TRIMMED_CHARACTERS}) <> '' THEN ${code("exempt")}
    ELSE ${code("missing")} END`;
}

/** kpiAssessmentOverdue as SQL (a boolean), judged at asOf. Dates are dates: yearBefore is reckoned here, in JS. */
export function kpiAssessmentOverdueSql(c: KpiFactsSql, asOf: Date): Prisma.Sql {
  return Prisma.sql`(${raw(c.value)} > ${KPI_THRESHOLD.toString()}::numeric
    AND ${raw(c.kpiCount)} > 0
    AND ${raw(c.status)}::text = 'ACTIVE'
    AND COALESCE(${raw(c.lastAssessedOn)}, ${raw(c.awardDate)}) < ${isoDate(yearBefore(asOf))}::date)`;
}
