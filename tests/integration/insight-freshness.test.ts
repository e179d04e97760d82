// The dashboards' pre-aggregates follow the writes: no manual refresh between a save and the figures.
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { createContract } from "@/lib/contracts/actions";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { getContractDashboard } from "@/lib/insight/contract-queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { addKpi, recordAssessment } from "@/lib/kpis/actions";
import { addMember } from "@/lib/partnerships/actions";
import { actAs } from "@/tests/auth";
import { form } from "@/tests/actions";
import { createSpend, declareSize } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";
import { storedFigures } from "@/tests/insight-figures";
import { jobsDone } from "@/tests/jobs";

describe("dashboards after a write", () => {
  it("a direct award a lead has just saved is scored and listed among the riskiest contracts", async () => {
    const w = await buildContractWorld();
    actAs(w.users.lead);
    const target = await redirectTarget(
      createContract(
        idle,
        form({
          title: `Direct award ${Math.random().toString(36).slice(2)}`,
          routeToMarket: "DIRECT_AWARD",
          directAwardJustification: "Extreme urgency (Schedule 5).",
          leadPartnerId: w.lead.id,
          awardValue: "150000000.00",
          awardDate: "2025-06-01",
          startDate: "2025-06-01",
          endDate: "2031-05-31",
          numberOfTenderers: "1",
          formId: crypto.randomUUID(),
        }),
      ),
    );
    const id = target.replace("/contracts/", "");
    // The save queued a refresh job; the worker runs it.
    await jobsDone("insight-refresh");
    const after = await getContractDashboard(InsightFiltersSchema.parse({}));
    // Every active contract of the department is scored: the factory's one and the one just saved.
    expect(after.lockIn.contracts).toBe(
      await db.contract.count({ where: { departmentId: w.dept.id, status: "ACTIVE" } }),
    );
    const scored = after.lockIn.riskiest.find((r) => r.id === id);
    expect(scored?.score).toBeGreaterThan(0);
    expect(scored?.factors.length).toBeGreaterThan(1);
  });

  it("a KPI rated inadequate, and an SME joining the partnership, refresh only what they feed: the same figures as a full rebuild", async () => {
    const w = await buildContractWorld();
    await declareSize(w.member.id, "2020-01-01", true);
    await createSpend(w.dept.id, w.lead.id, "2025-03-01", "10000.00", { contractId: w.contract.id });
    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    actAs(w.users.lead);
    await redirectTarget(
      addKpi(
        idle,
        form({
          contractId: w.contract.id,
          name: "Availability",
          measure: "Monthly uptime",
          target: "99.9%",
          accountableSupplierId: w.lead.id,
        }),
      ),
    );
    const kpi = await db.kpi.findFirstOrThrow({ where: { contractId: w.contract.id } });
    await redirectTarget(
      recordAssessment(
        idle,
        form({ contractId: w.contract.id, kpiId: kpi.id, assessedOn: "2025-04-01", rating: "INADEQUATE" }),
      ),
    );
    await redirectTarget(
      addMember(
        idle,
        form({
          contractId: w.contract.id,
          supplierId: w.member.id,
          role: "Delivery",
          pledgedSharePercent: "25",
          joinedOn: "2024-02-01",
        }),
      ),
    );

    await jobsDone("insight-refresh");
    const targeted = await storedFigures(w.dept.id);
    expect(targeted.kpis.find((k) => k.contractId === w.contract.id)).toMatchObject({ kpis: 1, inadequate: 1 });
    const factors = targeted.scores.find((s) => s.contractId === w.contract.id)!.factors as { key: string }[];
    expect(factors.map((f) => f.key)).toContain("POOR_KPI_NOT_RECOMPETED");
    // The SME member pledged 25% and received nothing of the £10,000: listed as tokenism.
    expect(targeted.delivery).toMatchObject([{ supplierId: w.member.id, tokenism: true }]);

    await refreshSpendAggregates(db, { departmentIds: [w.dept.id] });
    expect(await storedFigures(w.dept.id)).toEqual(targeted);
  });
});
