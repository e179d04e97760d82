// KPIs name an accountable partner; assessments are dated ratings.
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { addKpi, recordAssessment } from "@/lib/kpis/actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { addMember, createContract, createKpi } from "@/tests/factories";
import { buildContractWorld, redirectTarget } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

const kpi = (contractId: string, accountableSupplierId: string, over: Record<string, string | undefined> = {}) =>
  form({
    contractId,
    accountableSupplierId,
    name: "Service availability",
    measure: "Monthly uptime",
    target: "99.9%",
    ...over,
  });

describe("addKpi", () => {
  it("accepts the lead partner or a current member as accountable, and audits it", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    await addMember(c.id, w.member.id);
    actAs(w.users.lead);
    expect(await redirectTarget(addKpi(idle, kpi(c.id, w.lead.id)))).toBe(`/contracts/${c.id}#kpis`);
    await redirectTarget(addKpi(idle, kpi(c.id, w.member.id, { name: "Data quality" })));
    expect(
      (await db.kpi.findMany({ where: { contractId: c.id }, orderBy: { name: "asc" } })).map((k) => [
        k.name,
        k.accountableSupplierId,
      ]),
    ).toEqual([
      ["Data quality", w.member.id],
      ["Service availability", w.lead.id],
    ]);
    expect((await db.auditEvent.findMany({ where: { entityId: c.id } })).map((e) => e.action)).toEqual([
      "kpi.create",
      "kpi.create",
    ]);
  });

  it("refuses a partner who is not in the partnership (or has left), and missing fields", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    await addMember(c.id, w.member.id, { leftOn: new Date("2024-06-01") });
    actAs(w.users.lead);
    for (const supplierId of [w.outsider.id, w.member.id]) {
      expect(await addKpi(idle, kpi(c.id, supplierId))).toMatchObject({
        fieldErrors: { accountableSupplierId: [expect.stringMatching(/lead partner or a current member/)] },
      });
    }
    const result = await addKpi(idle, kpi(c.id, w.lead.id, { name: undefined, target: undefined, measure: undefined }));
    expect(result.status === "error" ? Object.keys(result.fieldErrors ?? {}).sort() : []).toEqual([
      "measure",
      "name",
      "target",
    ]);
    expect(await db.kpi.count({ where: { contractId: c.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: c.id } })).toBe(0);
  });

  it("refuses forged ids, auditors and suppliers", async () => {
    actAs(w.users.lead);
    await expectForbidden(addKpi(idle, kpi(w.otherContract.id, w.lead.id)));
    actAs(w.users.auditor);
    await expectForbidden(addKpi(idle, kpi(w.contract.id, w.lead.id)));
    actAs(w.users.supplier);
    await expectForbidden(addKpi(idle, kpi(w.contract.id, w.lead.id)));
    expect(await db.kpi.count({ where: { contractId: { in: [w.contract.id, w.otherContract.id] } } })).toBe(0);
  });
});

describe("recordAssessment", () => {
  it("records a dated rating with its note", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const k = await createKpi(c.id, w.lead.id);
    actAs(w.users.lead);
    await redirectTarget(
      recordAssessment(
        idle,
        form({
          contractId: c.id,
          kpiId: k.id,
          assessedOn: "2025-03-31",
          rating: "APPROACHING_TARGET",
          note: "98.7% against 99.9%",
        }),
      ),
    );
    const [assessment] = await db.kpiAssessment.findMany({ where: { kpiId: k.id } });
    expect(assessment).toMatchObject({
      rating: "APPROACHING_TARGET",
      note: "98.7% against 99.9%",
      createdById: w.users.lead.id,
    });
    expect(assessment!.assessedOn.toISOString().slice(0, 10)).toBe("2025-03-31");
    expect((await db.auditEvent.findMany({ where: { entityId: c.id } })).map((e) => e.action)).toEqual(["kpi.assess"]);
  });

  it("refuses an unknown rating or a missing date", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    const k = await createKpi(c.id, w.lead.id);
    actAs(w.users.lead);
    expect(
      await recordAssessment(
        idle,
        form({ contractId: c.id, kpiId: k.id, assessedOn: "2025-03-31", rating: "EXCELLENT" }),
      ),
    ).toMatchObject({ fieldErrors: { rating: [expect.any(String)] } });
    expect(await recordAssessment(idle, form({ contractId: c.id, kpiId: k.id, rating: "GOOD" }))).toMatchObject({
      fieldErrors: { assessedOn: [expect.any(String)] },
    });
    expect(await db.kpiAssessment.count({ where: { kpiId: k.id } })).toBe(0);
  });

  it("refuses a KPI of another department's contract, even under the lead's own contract id", async () => {
    const own = await createContract(w.dept.id, w.lead.id);
    const foreignKpi = await createKpi(w.otherContract.id, w.lead.id);
    const values = { assessedOn: "2025-03-31", rating: "INADEQUATE" };
    actAs(w.users.lead);
    await expectForbidden(recordAssessment(idle, form({ contractId: own.id, kpiId: foreignKpi.id, ...values })));
    await expectForbidden(
      recordAssessment(idle, form({ contractId: w.otherContract.id, kpiId: foreignKpi.id, ...values })),
    );
    actAs(w.users.auditor);
    await expectForbidden(
      recordAssessment(idle, form({ contractId: w.otherContract.id, kpiId: foreignKpi.id, ...values })),
    );
    actAs(w.users.supplier);
    await expectForbidden(
      recordAssessment(idle, form({ contractId: w.otherContract.id, kpiId: foreignKpi.id, ...values })),
    );
    expect(await db.kpiAssessment.count({ where: { kpiId: foreignKpi.id } })).toBe(0);
  });
});
