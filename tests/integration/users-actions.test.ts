// Administrators grant and revoke auditors' access and end sessions; every change is audited.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { revokeAuditorAccess, setAuditorAccess, signOutEverywhere } from "@/lib/users/actions";
import { listContracts } from "@/lib/contracts/queries";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { actAs } from "@/tests/auth";
import { expectForbidden, expectRedirect, form } from "@/tests/actions";
import { createContract, createDepartment, createSupplier, createUser } from "@/tests/factories";
import { idle } from "@/lib/actions/state";

async function grantsOf(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { auditorGrants: true } });
  return { all: user.auditorAllDepartments, departments: user.auditorGrants.map((g) => g.departmentId).sort() };
}

describe("auditor access", () => {
  it("an administrator grants departments, and the auditor then sees exactly their contracts", async () => {
    const [a, b] = await Promise.all([createDepartment(), createDepartment()]);
    const lead = await createSupplier();
    const contract = await createContract(a.id, lead.id);
    await createContract(b.id, lead.id, { title: contract.title.replace("Contract", "Other") });
    const auditor = await createUser("AUDITOR");
    actAs(await createUser("ADMIN"));
    const result = await setAuditorAccess(idle, form({ userId: auditor.id, departmentIds: [a.id] }));
    expect(result).toMatchObject({ status: "success" });
    expect(await grantsOf(auditor.id)).toEqual({ all: false, departments: [a.id] });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: auditor.id, action: "auditor.access.set" },
    });
    expect(event.after).toEqual({ allDepartments: false, departmentIds: [a.id] });

    actAs(auditor);
    const page = await listContracts(ContractListParamsSchema.parse({ q: contract.title }));
    expect(page.rows.map((r) => r.id)).toEqual([contract.id]);
  });

  it("revoking leaves the auditor with nothing, and is audited", async () => {
    const department = await createDepartment();
    const auditor = await createUser("AUDITOR", { grantedDepartmentIds: [department.id] });
    actAs(await createUser("ADMIN"));
    expect(await revokeAuditorAccess(idle, form({ userId: auditor.id }))).toMatchObject({ status: "success" });
    expect(await grantsOf(auditor.id)).toEqual({ all: false, departments: [] });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: auditor.id, action: "auditor.access.revoke" },
    });
    expect(event.before).toEqual({ allDepartments: false, departmentIds: [department.id] });
  });

  it("an empty choice is refused with a message on the field, and nothing changes", async () => {
    const department = await createDepartment();
    const auditor = await createUser("AUDITOR", { grantedDepartmentIds: [department.id] });
    actAs(await createUser("ADMIN"));
    const result = await setAuditorAccess(idle, form({ userId: auditor.id }));
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { departmentIds: [expect.stringContaining("at least one department")] },
    });
    expect(await grantsOf(auditor.id)).toEqual({ all: false, departments: [department.id] });
    expect(await db.auditEvent.count({ where: { entityId: auditor.id } })).toBe(0);
  });

  it("only administrators may change access: auditors, leads and suppliers are refused", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    const auditor = await createUser("AUDITOR");
    for (const caller of [
      await createUser("AUDITOR", { auditorAllDepartments: true }),
      await createUser("COMMERCIAL_LEAD", { departmentId: department.id }),
      await createUser("SUPPLIER_USER", { supplierId: supplier.id }),
    ]) {
      actAs(caller);
      await expectForbidden(setAuditorAccess(idle, form({ userId: auditor.id, allDepartments: "on" })));
      await expectForbidden(revokeAuditorAccess(idle, form({ userId: auditor.id })));
      await expectForbidden(signOutEverywhere(idle, form({ userId: auditor.id })));
    }
    expect(await grantsOf(auditor.id)).toEqual({ all: false, departments: [] });
  });
});

describe("sign out everywhere", () => {
  it("ends the user's existing sessions", async () => {
    const department = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    actAs(await createUser("ADMIN"));
    expect(await signOutEverywhere(idle, form({ userId: lead.id }))).toMatchObject({ status: "success" });
    actAs(lead); // the session issued before, carrying the old sessionVersion
    await expectRedirect(listContracts(ContractListParamsSchema.parse({})), "/login");
  });
});
