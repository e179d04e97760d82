// The contract page's lock-in explanation and the dashboards' come from one function over one context:
// for the same contract they show the same score and the same factors, with weights and evidence.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getContractDashboard } from "@/lib/insight/contract-queries";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { getContractLockIn } from "@/lib/risk/queries";
import { actAs } from "@/tests/auth";
import {
  createContract,
  createDepartment,
  createKpi,
  createSpend,
  createSupplier,
  createUser,
} from "@/tests/factories";

describe("the contract page's lock-in factors", () => {
  it("equal the dashboard's for the same contract", async () => {
    const dept = await createDepartment();
    const lead = await createSupplier();
    // Direct award, value up 50%, 7 years, no exit plan or data terms, one earlier direct award, a poor KPI.
    await createContract(dept.id, lead.id, {
      routeToMarket: "DIRECT_AWARD",
      procurementMethod: "DIRECT",
      awardDate: new Date("2023-03-01"),
      status: "ACTIVE",
    });
    const contract = await createContract(dept.id, lead.id, {
      routeToMarket: "DIRECT_AWARD",
      procurementMethod: "DIRECT",
      directAwardJustification: "Extreme urgency",
      awardValue: "10000000.00",
      currentValue: "15000000.00",
      awardDate: new Date("2023-11-01"),
      startDate: new Date("2023-12-01"),
      endDate: new Date("2030-11-30"),
      hasExitPlan: false,
      hasBreakClause: true,
      hasDataExportTerms: false,
      usesOpenStandards: true,
      status: "ACTIVE",
    });
    const kpi = await createKpi(contract.id, lead.id);
    await db.kpiAssessment.create({
      data: { kpiId: kpi.id, assessedOn: new Date("2025-06-01"), rating: "INADEQUATE" },
    });
    await createSpend(dept.id, lead.id, "2025-01-10", "500000.00", { contractId: contract.id });
    await refreshSpendAggregates(db, { departmentIds: [dept.id] });
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: dept.id }));

    const page = await getContractLockIn(contract.id);
    const dashboard = await getContractDashboard(InsightFiltersSchema.parse({ department: dept.id }));
    const onDashboard = dashboard.lockIn.riskiest.find((r) => r.id === contract.id);

    expect(onDashboard).toBeDefined();
    expect(page!.score).toBe(onDashboard!.score);
    expect(page!.factors).toEqual(onDashboard!.factors);
    expect(page!.factors.map((f) => f.key)).toEqual(
      expect.arrayContaining([
        "NON_COMPETITIVE",
        "REPEATED_DIRECT_AWARDS",
        "VALUE_UPLIFT",
        "LONG_TERM",
        "NO_EXIT_PLAN",
        "NO_DATA_EXTRACTION",
        "POOR_KPI_NOT_RECOMPETED",
      ]),
    );
    expect(page!.factors.every((f) => f.weight > 0 && f.evidence.length > 0 && f.source.length > 0)).toBe(true);
    expect(page!.band.key).toBe(
      page!.score >= 50 ? (page!.score >= 75 ? "severe" : "high") : page!.score >= 25 ? "moderate" : "low",
    );
  });

  it("is not shown outside the caller's scope", async () => {
    const [dept, other] = await Promise.all([createDepartment(), createDepartment()]);
    const contract = await createContract(dept.id, (await createSupplier()).id);
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: other.id }));
    expect(await getContractLockIn(contract.id)).toBeNull();
  });
});
