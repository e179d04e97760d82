import { db } from "@/lib/db";

/** A department's stored figures that read contracts' terms, KPIs and partnerships, in a stable order. */
export async function storedFigures(departmentId: string) {
  const where = { departmentId };
  const [kpis, scores, delivery] = await Promise.all([
    db.contractKpiSummary.findMany({ where, orderBy: { contractId: "asc" } }),
    db.contractLockInScore.findMany({
      where,
      orderBy: { contractId: "asc" },
      select: { contractId: true, score: true, factors: true },
    }),
    db.partnershipDelivery.findMany({ where, orderBy: { memberId: "asc" } }),
  ]);
  return { kpis, scores, delivery };
}
