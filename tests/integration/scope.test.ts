// Every role sees only its scope, through the real queries against a real Postgres.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "@/tests/auth";
import { addMember, createContract, createDepartment, createSupplier, createUser } from "@/tests/factories";
import { getContract, listContracts } from "@/lib/contracts/queries";
import { getSupplier, listSuppliers } from "@/lib/suppliers/queries";
import { getOverview } from "@/lib/overview/queries";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { SupplierListParamsSchema } from "@/lib/suppliers/schema";

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const [deptA, deptB] = await Promise.all([createDepartment(), createDepartment()]);
  const [supplierX, supplierY, memberZ] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
  // A tag in every title lets each test search for just this world's contracts.
  const tag = `scope-${deptA.id}`;
  const contractA1 = await createContract(deptA.id, supplierX.id, { title: `${tag} A1` });
  const contractA2 = await createContract(deptA.id, supplierY.id, { title: `${tag} A2` });
  const contractB1 = await createContract(deptB.id, supplierY.id, { title: `${tag} B1` });
  await addMember(contractB1.id, memberZ.id);
  const users = {
    admin: await createUser("ADMIN"),
    leadA: await createUser("COMMERCIAL_LEAD", { departmentId: deptA.id }),
    leadB: await createUser("COMMERCIAL_LEAD", { departmentId: deptB.id }),
    supplierX: await createUser("SUPPLIER_USER", { supplierId: supplierX.id }),
    supplierY: await createUser("SUPPLIER_USER", { supplierId: supplierY.id }),
    memberZ: await createUser("SUPPLIER_USER", { supplierId: memberZ.id }),
    auditorA: await createUser("AUDITOR", { grantedDepartmentIds: [deptA.id] }),
    auditorAll: await createUser("AUDITOR", { auditorAllDepartments: true }),
    auditorNone: await createUser("AUDITOR"),
  };
  return { tag, deptA, deptB, supplierX, supplierY, memberZ, contractA1, contractA2, contractB1, users };
}

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});

async function visibleTitles() {
  const page = await listContracts(ContractListParamsSchema.parse({ q: world.tag, sort: "title", dir: "asc" }));
  return page.rows.map((r) => r.title.replace(`${world.tag} `, ""));
}

describe("contract register scope", () => {
  it.each([
    ["admin", ["A1", "A2", "B1"]],
    ["leadA", ["A1", "A2"]],
    ["leadB", ["B1"]],
    ["supplierX", ["A1"]],
    ["supplierY", ["A2", "B1"]],
    ["memberZ", ["B1"]],
    ["auditorA", ["A1", "A2"]],
    ["auditorAll", ["A1", "A2", "B1"]],
    ["auditorNone", []],
  ] as const)("%s sees %j", async (who, expected) => {
    actAs(world.users[who]);
    expect(await visibleTitles()).toEqual(expected);
  });

  it("a contract outside the caller's scope reads as absent", async () => {
    actAs(world.users.leadA);
    expect(await getContract(world.contractB1.id)).toBeNull();
    expect((await getContract(world.contractA1.id))?.id).toBe(world.contractA1.id);
    actAs(world.users.supplierX);
    expect(await getContract(world.contractA2.id)).toBeNull();
    actAs(world.users.memberZ);
    expect((await getContract(world.contractB1.id))?.members.map((m) => m.supplierId)).toEqual([world.memberZ.id]);
  });

  it("the overview counts only the caller's contracts", async () => {
    actAs(world.users.leadB);
    const overview = await getOverview();
    expect(overview.contracts).toBe(1);
    expect(overview.activeValue?.toString()).toBe("1000000");
  });

  it("signed-out callers are sent to sign in", async () => {
    actAs(null);
    await expect(listContracts(ContractListParamsSchema.parse({}))).rejects.toThrow("NEXT_REDIRECT");
  });

  it("a session issued before 'sign out everywhere' is no longer valid", async () => {
    actAs({ id: world.users.leadA.id, sessionVersion: world.users.leadA.sessionVersion - 1 });
    await expect(getContract(world.contractA1.id)).rejects.toThrow("NEXT_REDIRECT");
  });
});

describe("supplier register scope", () => {
  it("a supplier user sees only its own organisation", async () => {
    actAs(world.users.supplierX);
    const page = await listSuppliers(SupplierListParamsSchema.parse({}));
    expect(page.rows.map((r) => r.id)).toEqual([world.supplierX.id]);
    expect(await getSupplier(world.supplierY.id)).toBeNull();
  });

  it("a supplier sees only the contracts of its own it is party to", async () => {
    actAs(world.users.supplierY);
    const supplier = await getSupplier(world.supplierY.id);
    expect(supplier?.contracts.map((c) => c.id).sort()).toEqual([world.contractA2.id, world.contractB1.id].sort());
  });

  it("a commercial lead finds any supplier, but sees only its department's contracts with it", async () => {
    actAs(world.users.leadA);
    const page = await listSuppliers(SupplierListParamsSchema.parse({ q: world.supplierY.legalName }));
    expect(page.rows.map((r) => r.id)).toEqual([world.supplierY.id]);
    const supplier = await getSupplier(world.supplierY.id);
    expect(supplier?.contracts.map((c) => c.id)).toEqual([world.contractA2.id]);
  });
});
