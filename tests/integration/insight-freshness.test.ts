// The dashboards' pre-aggregates follow the writes: no manual refresh between a save and the figures.
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { createContract } from "@/lib/contracts/actions";
import { getContractDashboard } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { actAs } from "@/tests/auth";
import { form } from "@/tests/actions";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";

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
        }),
      ),
    );
    const id = target.replace("/contracts/", "");
    const after = await getContractDashboard(InsightFiltersSchema.parse({}));
    // Every active contract of the department is scored: the factory's one and the one just saved.
    expect(after.lockIn.contracts).toBe(await db.contract.count({ where: { departmentId: w.dept.id, status: "ACTIVE" } }));
    const scored = after.lockIn.riskiest.find((r) => r.id === id);
    expect(scored?.score).toBeGreaterThan(0);
    expect(scored?.factors.length).toBeGreaterThan(1);
  });
});
