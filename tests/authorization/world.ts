// The people and records the authorisation matrix is checked against: two departments, two suppliers,
// and one of each role. Contract A is department A's, led by supplier X.
import { addMember, createContract, createDepartment, createSupplier, createUser } from "@/tests/factories";
import { db } from "@/lib/db";

export const ROLES_UNDER_TEST = ["signedOut", "admin", "leadA", "leadB", "supplierX", "supplierY", "auditorA"] as const;
export type Who = (typeof ROLES_UNDER_TEST)[number];

export async function buildWorld() {
  const [deptA, deptB] = await Promise.all([createDepartment(), createDepartment()]);
  const [supplierX, supplierY, memberZ] = await Promise.all([createSupplier(), createSupplier(), createSupplier()]);
  const contractA = await createContract(deptA.id, supplierX.id);
  const contractB = await createContract(deptB.id, supplierY.id);
  const memberA = await addMember(contractA.id, memberZ.id);
  // A KPI and a social value commitment on contract A, for the actions that record against them.
  const kpiA = await db.kpi.create({
    data: {
      contractId: contractA.id,
      accountableSupplierId: supplierX.id,
      name: "Availability",
      measure: "Uptime",
      target: "99%",
    },
  });
  const commitmentA = await db.socialValueCommitment.create({
    data: {
      contractId: contractA.id,
      theme: "Wellbeing",
      description: "Volunteering",
      measure: "hours",
      target: "100",
      accountableSupplierId: supplierX.id,
    },
  });
  const framework = await db.framework.create({
    data: {
      rmNumber: `RM-${deptA.id}`,
      name: `Framework ${deptA.id}`,
      startDate: new Date("2024-01-01"),
      endDate: new Date("2028-01-01"),
      lots: { create: [{ number: "1", name: "Lot one" }] },
    },
  });
  const users = {
    signedOut: null,
    admin: await createUser("ADMIN"),
    leadA: await createUser("COMMERCIAL_LEAD", { departmentId: deptA.id }),
    leadB: await createUser("COMMERCIAL_LEAD", { departmentId: deptB.id }),
    supplierX: await createUser("SUPPLIER_USER", { supplierId: supplierX.id }),
    supplierY: await createUser("SUPPLIER_USER", { supplierId: supplierY.id }),
    auditorA: await createUser("AUDITOR", { grantedDepartmentIds: [deptA.id] }),
  };
  // Actions on users act on these, so that no attempt changes the callers above.
  const targets = {
    auditor: await createUser("AUDITOR"),
    lead: await createUser("COMMERCIAL_LEAD", { departmentId: deptB.id }),
  };
  const importA = await db.import.create({
    data: { kind: "SPEND_CSV", fileName: "a.csv", fileSha256: "0", departmentId: deptA.id, status: "REJECTED" },
  });
  // Notices of department A, drafted by someone outside the table: one approved (approving it again, or publishing
  // it with the other's Find a Tender id, stops at a rule), one published.
  const ftsId = `${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}-2026`;
  const notice = (status: "APPROVED" | "PUBLISHED", key: string) =>
    db.notice.create({
      data: {
        type: "UK7",
        departmentId: deptA.id,
        contractId: contractA.id,
        obligationKey: `${key}:${contractA.id}`,
        rule: "matrix",
        release: {},
        draftedById: targets.lead.id,
        status,
        ...(status === "PUBLISHED" ? { findATenderId: ftsId } : {}),
      },
    });
  const noticeA = await notice("APPROVED", "matrix-approved");
  await notice("PUBLISHED", "matrix-published");
  return {
    noticeA,
    ftsId,
    importA,
    targets,
    deptA,
    deptB,
    supplierX,
    supplierY,
    memberZ,
    contractA,
    contractB,
    framework,
    users,
    memberA,
    kpiA,
    commitmentA,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
