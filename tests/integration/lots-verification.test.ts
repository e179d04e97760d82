// Lot claims, the administrator's verification queue, and the call-off check that counts only verified ones.
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { callOffIneligibility } from "@/lib/contracts/rules";
import { db } from "@/lib/db";
import { claimLotMembership, rejectLotMembership, verifyLotMembership } from "@/lib/lots/actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createLot, createLotMembership, createSupplier, createUser } from "@/tests/factories";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** The call-off check as the contract actions run it: the supplier's memberships of the lot, through the one rule. */
async function hasVerifiedLotMembership(supplierId: string, lotId: string, onDate: Date): Promise<boolean> {
  const memberships = await db.lotMembership.findMany({ where: { supplierId, lotId } });
  return callOffIneligibility(memberships, lotId, onDate) === null;
}

async function claim() {
  const [supplier, lot, other] = await Promise.all([createSupplier(), createLot(), createSupplier()]);
  actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
  // A forged supplierId in the form is ignored: the claim is always for the caller's organisation.
  const state = await claimLotMembership(
    idle,
    form({ lotId: lot.id, startDate: "2024-01-01", endDate: "2026-12-31", supplierId: other.id }),
  );
  expect(state.status).toBe("success");
  const membership = await db.lotMembership.findFirstOrThrow({ where: { lotId: lot.id } });
  expect(membership).toMatchObject({ supplierId: supplier.id, status: "CLAIMED" });
  return { supplier, lot, membership };
}

describe("lot claims", () => {
  it("an unverified claim never satisfies the call-off check; a verified one does within its dates", async () => {
    const { supplier, lot, membership } = await claim();
    expect(await hasVerifiedLotMembership(supplier.id, lot.id, day("2025-06-01"))).toBe(false);

    const admin = await createUser("ADMIN");
    actAs(admin);
    expect((await verifyLotMembership(idle, form({ membershipId: membership.id }))).status).toBe("success");
    expect(await db.lotMembership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({
      status: "VERIFIED",
      verifiedById: admin.id,
    });
    expect(await hasVerifiedLotMembership(supplier.id, lot.id, day("2025-06-01"))).toBe(true);
    expect(await hasVerifiedLotMembership(supplier.id, lot.id, day("2023-12-31"))).toBe(false);
    expect(await hasVerifiedLotMembership(supplier.id, lot.id, day("2027-01-01"))).toBe(false);
    expect(
      await db.auditEvent.count({
        where: { entityId: membership.id, action: { in: ["lot-membership.claim", "lot-membership.verify"] } },
      }),
    ).toBe(2);

    // Decided once: a second decision changes nothing.
    expect(
      (await rejectLotMembership(idle, form({ membershipId: membership.id, reason: "Too late now" }))).status,
    ).toBe("error");
  });

  it("a rejection needs a reason, is recorded, and never counts", async () => {
    const { supplier, lot, membership } = await claim();
    actAs(await createUser("ADMIN"));
    const noReason = await rejectLotMembership(idle, form({ membershipId: membership.id }));
    expect(noReason.status === "error" && noReason.fieldErrors?.reason).toBeTruthy();
    await rejectLotMembership(idle, form({ membershipId: membership.id, reason: "Not on the CCS supplier list" }));
    expect(await db.lotMembership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: "Not on the CCS supplier list",
    });
    expect(await hasVerifiedLotMembership(supplier.id, lot.id, day("2025-06-01"))).toBe(false);
  });

  it("only administrators decide; suppliers and auditors cannot verify their own claims", async () => {
    const { membership, supplier } = await claim();
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    await expectForbidden(verifyLotMembership(idle, form({ membershipId: membership.id })));
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(verifyLotMembership(idle, form({ membershipId: membership.id })));
    await expectForbidden(claimLotMembership(idle, form({ lotId: membership.lotId, startDate: "2024-01-01" })));
    expect((await db.lotMembership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe("CLAIMED");
  });

  it("another lot's verified membership does not count, and an open-ended one runs on", async () => {
    const [supplier, lotA, lotB] = await Promise.all([createSupplier(), createLot(), createLot()]);
    await createLotMembership(supplier.id, lotA.id, { startDate: day("2024-01-01"), endDate: null });
    expect(await hasVerifiedLotMembership(supplier.id, lotA.id, day("2035-01-01"))).toBe(true);
    expect(await hasVerifiedLotMembership(supplier.id, lotB.id, day("2025-01-01"))).toBe(false);
  });

  it("refuses a second open claim for the same lot, and a claim over a verified period", async () => {
    const { lot, membership } = await claim();
    const again = await claimLotMembership(idle, form({ lotId: lot.id, startDate: "2026-06-01" }));
    expect(again.status === "error" && again.message).toMatch(/already waiting for verification/);
    // One open claim per lot at a time (the database holds it): a later period waits for the first decision.
    expect(await claimLotMembership(idle, form({ lotId: lot.id, startDate: "2027-01-01" }))).toMatchObject({
      status: "error",
    });
    expect(await db.lotMembership.count({ where: { lotId: lot.id } })).toBe(1);
    await db.lotMembership.update({ where: { id: membership.id }, data: { status: "VERIFIED" } });
    expect(await claimLotMembership(idle, form({ lotId: lot.id, startDate: "2026-06-01" }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/for these dates is already verified/),
    });
    // A period after the verified one ends is a separate claim.
    expect((await claimLotMembership(idle, form({ lotId: lot.id, startDate: "2027-01-01" }))).status).toBe("success");
  });

  it("refuses an end date before the start date", async () => {
    const [supplier, lot] = await Promise.all([createSupplier(), createLot()]);
    actAs(await createUser("SUPPLIER_USER", { supplierId: supplier.id }));
    const state = await claimLotMembership(
      idle,
      form({ lotId: lot.id, startDate: "2025-01-01", endDate: "2024-01-01" }),
    );
    expect(state.status === "error" && state.fieldErrors?.endDate).toBeTruthy();
  });
});
