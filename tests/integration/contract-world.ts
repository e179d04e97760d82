// A department with a lead, another department with its lead, an auditor and a supplier user: the
// callers every contract-writing action is tested as.
import { expect } from "vitest";
import {
  createContract,
  createDepartment,
  createLot,
  createLotMembership,
  createSupplier,
  createUser,
} from "@/tests/factories";

export async function buildContractWorld() {
  const [dept, otherDept] = await Promise.all([createDepartment(), createDepartment()]);
  const [lead, member, outsider] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
  const lot = await createLot();
  await createLotMembership(lead.id, lot.id);
  const contract = await createContract(dept.id, lead.id);
  const otherContract = await createContract(otherDept.id, lead.id);
  const users = {
    admin: await createUser("ADMIN"),
    lead: await createUser("COMMERCIAL_LEAD", { departmentId: dept.id }),
    otherLead: await createUser("COMMERCIAL_LEAD", { departmentId: otherDept.id }),
    auditor: await createUser("AUDITOR", { auditorAllDepartments: true }),
    supplier: await createUser("SUPPLIER_USER", { supplierId: lead.id }),
  };
  return { dept, otherDept, lead, member, outsider, lot, contract, otherContract, users };
}

/** Where an action redirected to (it throws NEXT_REDIRECT on success); shows what it returned otherwise. */
export async function redirectTarget(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  const digest = (outcome.error as { digest?: string } | undefined)?.digest;
  expect(digest, `expected a redirect; the action returned ${JSON.stringify(outcome.value)}`).toMatch(/^NEXT_REDIRECT/);
  return digest!.split(";")[2]!;
}
