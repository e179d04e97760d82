// Self-declared facts count as such: the dashboards say how much of an SME share rests on size
// declarations nobody has verified, and an administrator's verification moves it into the verified part.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { getSpendDashboard } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { verifySizeDeclaration, verifySupplierIdentity } from "@/lib/suppliers/actions";
import { actAs } from "@/tests/auth";
import { expectForbidden, form } from "@/tests/actions";
import { createDepartment, createSpend, createSupplier, createUser, declareSize } from "@/tests/factories";
import { jobsDone } from "@/tests/jobs";

describe("SME share resting on unverified declarations", () => {
  it("is shown beside the SME share, from the roll-ups and from the payments alike, until an administrator verifies", async () => {
    const department = await createDepartment();
    const selfDeclared = await createSupplier({ selfRegistered: true });
    const checked = await createSupplier();
    const large = await createSupplier();
    const own = await declareSize(selfDeclared.id, "2020-01-01", true);
    const verified = await declareSize(checked.id, "2020-01-01", true);
    await db.sizeDeclaration.update({ where: { id: verified.id }, data: { verifiedAt: new Date() } });
    await declareSize(large.id, "2020-01-01", false);
    await createSpend(department.id, selfDeclared.id, "2025-05-01", "30000.00");
    await createSpend(department.id, checked.id, "2025-05-02", "20000.00");
    await createSpend(department.id, large.id, "2025-06-03", "50000.00");
    await refreshSpendAggregates(db, { departmentIds: [department.id] });

    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    actAs(lead);
    const view = await getSpendDashboard(InsightFiltersSchema.parse({}));
    expect(view.unverified).toMatchObject({ directSme: "50000.00", unverified: "30000.00" });
    expect(view.unverified.shareOfDirect.toString()).toBe("0.3");
    expect(view.unverified.shareOfSme.toString()).toBe("0.6");
    // One supplier's view reads its payments, not the roll-ups: the same rule.
    const bySupplier = await getSpendDashboard(InsightFiltersSchema.parse({ supplier: selfDeclared.id }));
    expect(bySupplier.unverified).toMatchObject({ directSme: "30000.00", unverified: "30000.00" });

    await expectForbidden(verifySizeDeclaration({ status: "idle" }, form({ declarationId: own.id })));
    const admin = await createUser("ADMIN");
    actAs(admin);
    expect(await verifySizeDeclaration({ status: "idle" }, form({ declarationId: own.id }))).toMatchObject({
      status: "success",
    });
    expect(await verifySizeDeclaration({ status: "idle" }, form({ declarationId: own.id }))).toMatchObject({
      status: "error",
    });
    expect(
      await db.auditEvent.findFirst({ where: { action: "supplier.size.verify", entityId: own.id } }),
    ).toMatchObject({ actorId: admin.id });
    // The verification queued a dashboard refresh; the worker runs it.
    await jobsDone("insight-refresh");
    actAs(lead);
    expect((await getSpendDashboard(InsightFiltersSchema.parse({}))).unverified).toMatchObject({
      directSme: "50000.00",
      unverified: "0.00",
    });
  });

  it("an administrator verifies a self-registered supplier's identity once, audited", async () => {
    const supplier = await createSupplier({ selfRegistered: true });
    const admin = await createUser("ADMIN");
    actAs(admin);
    expect(await verifySupplierIdentity({ status: "idle" }, form({ supplierId: supplier.id }))).toMatchObject({
      status: "success",
    });
    expect(await verifySupplierIdentity({ status: "idle" }, form({ supplierId: supplier.id }))).toMatchObject({
      status: "error",
    });
    expect(await db.supplier.findUniqueOrThrow({ where: { id: supplier.id } })).toMatchObject({
      identityVerifiedById: admin.id,
    });
    expect(await db.auditEvent.count({ where: { action: "supplier.identity.verify", entityId: supplier.id } })).toBe(1);
  });
});
