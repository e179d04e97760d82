// A supplier user edits only its own organisation: profile, dated size declarations, capabilities.
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { db } from "@/lib/db";
import { getOwnOrganisation, getSupplier } from "@/lib/suppliers/queries";
import { declareSize, removeCapability, saveCapability, updateOrganisation } from "@/lib/suppliers/portal-actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import {
  addMember,
  createCapability,
  createContract,
  createDepartment,
  createSupplier,
  createUser,
} from "@/tests/factories";

async function supplierUser() {
  const supplier = await createSupplier();
  const user = await createUser("SUPPLIER_USER", { supplierId: supplier.id });
  actAs(user);
  return { supplier, user };
}

const profile = {
  addressLine: "2 Quay Street",
  town: "Bristol",
  postcode: "BS1 4XX",
  region: "South West",
  contactEmail: "bids@example.org",
  seeksToLead: "on",
};

describe("organisation profile", () => {
  it("updates the caller's own organisation and ignores a forged supplier id in the form", async () => {
    const other = await createSupplier();
    const { supplier, user } = await supplierUser();
    const state = await updateOrganisation(idle, form({ ...profile, supplierId: other.id, id: other.id }));
    expect(state.status).toBe("success");
    expect(await db.supplier.findUniqueOrThrow({ where: { id: supplier.id } })).toMatchObject({
      town: "Bristol",
      region: "South West",
      seeksToLead: true,
      seeksToJoin: false,
    });
    expect((await db.supplier.findUniqueOrThrow({ where: { id: other.id } })).town).toBeNull();
    expect(
      await db.auditEvent.count({ where: { actorId: user.id, action: "supplier.update", entityId: supplier.id } }),
    ).toBe(1);
  });

  it("refuses auditors, commercial leads and administrators", async () => {
    for (const role of ["AUDITOR", "COMMERCIAL_LEAD", "ADMIN"] as const) {
      actAs(await createUser(role, { auditorAllDepartments: role === "AUDITOR" }));
      await expectForbidden(updateOrganisation(idle, form(profile)));
      await expectForbidden(
        declareSize(idle, form({ asOf: "2025-04-01", staffCount: 5, turnover: "1", balanceSheetTotal: "1" })),
      );
    }
  });
});

describe("the portal reads only the caller's organisation", () => {
  it("returns the supplier from the session and refuses other roles", async () => {
    const { supplier } = await supplierUser();
    expect((await getOwnOrganisation())?.supplier.id).toBe(supplier.id);
    actAs(await createUser("AUDITOR", { auditorAllDepartments: true }));
    await expectForbidden(getOwnOrganisation());
  });

  it("lists the contracts it leads or is a member of, as its buyers' page does, and no others", async () => {
    const { supplier } = await supplierUser();
    const department = await createDepartment();
    const led = await createContract(department.id, supplier.id);
    const joined = await createContract(department.id, (await createSupplier()).id);
    await addMember(joined.id, supplier.id);
    const other = await createContract(department.id, (await createSupplier()).id);
    const own = await getOwnOrganisation();
    expect(new Set(own?.contracts.map((c) => c.id))).toEqual(new Set([led.id, joined.id]));
    expect(own?.contracts.map((c) => c.id)).not.toContain(other.id);
    expect(own?.contracts.map((c) => c.id).sort()).toEqual(
      (await getSupplier(supplier.id))?.contracts.map((c) => c.id).sort(),
    );
  });
});

describe("size declarations", () => {
  it("derives size class and SME status with the reason, and keeps every declaration as history", async () => {
    const { supplier } = await supplierUser();
    const small = await declareSize(
      idle,
      form({ asOf: "2023-04-01", staffCount: 40, turnover: "£9,500,000.00", balanceSheetTotal: "3000000" }),
    );
    expect(small.status === "success" && small.message).toMatch(
      /small, an SME \(40 staff \(fewer than 50\) and turnover £9.5m ≤ £15m\)/,
    );
    await declareSize(
      idle,
      form({ asOf: "2025-04-01", staffCount: 300, turnover: "60000000", balanceSheetTotal: "50000000" }),
    );
    const history = await db.sizeDeclaration.findMany({ where: { supplierId: supplier.id }, orderBy: { asOf: "asc" } });
    expect(history.map((d) => [d.sizeClass, d.isSme, d.turnover.toFixed(2)])).toEqual([
      ["SMALL", true, "9500000.00"],
      ["LARGE", false, "60000000.00"],
    ]);
  });

  it("refuses a declaration dated in the future", async () => {
    await supplierUser();
    const state = await declareSize(
      idle,
      form({ asOf: "2999-01-01", staffCount: 5, turnover: "1", balanceSheetTotal: "1" }),
    );
    expect(state.status === "error" && state.fieldErrors?.asOf).toBeTruthy();
  });

  it("rejects amounts that are not exact pounds and pence", async () => {
    await supplierUser();
    const state = await declareSize(
      idle,
      form({ asOf: "2025-04-01", staffCount: 5, turnover: "1.005", balanceSheetTotal: "1e6" }),
    );
    expect(state.status === "error" && Object.keys(state.fieldErrors ?? {})).toEqual(["turnover", "balanceSheetTotal"]);
  });
});

describe("capabilities", () => {
  it("adds a capability from the taxonomy with description and evidence, and updates it in place", async () => {
    const { supplier } = await supplierUser();
    const capability = await createCapability();
    await saveCapability(
      idle,
      form({ capabilityId: capability.id, description: "Cloud hosting", evidence: "NHS contract 2023" }),
    );
    await saveCapability(idle, form({ capabilityId: capability.id, description: "Managed cloud hosting" }));
    const rows = await db.supplierCapability.findMany({ where: { supplierId: supplier.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ description: "Managed cloud hosting", evidence: null });
  });

  it("refuses a capability that is not in the taxonomy", async () => {
    await supplierUser();
    const state = await saveCapability(idle, form({ capabilityId: "no-such-capability", description: "x" }));
    expect(state.status === "error" && state.fieldErrors?.capabilityId).toBeTruthy();
  });

  it("cannot remove another supplier's capability by a forged id", async () => {
    const capability = await createCapability();
    const victim = await createSupplier();
    const theirs = await db.supplierCapability.create({
      data: { supplierId: victim.id, capabilityId: capability.id, description: "theirs" },
    });
    await supplierUser();
    const state = await removeCapability(idle, form({ supplierCapabilityId: theirs.id }));
    expect(state.status).toBe("error");
    expect(await db.supplierCapability.findUnique({ where: { id: theirs.id } })).not.toBeNull();
  });
});
