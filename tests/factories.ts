// Factories make unique data for each test: no test assumes an empty table or another test's rows.
import { randomUUID } from "node:crypto";
import type { Prisma, Role } from "@prisma/client";
import { db } from "@/lib/db";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";

const unique = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

export function createDepartment(data: Partial<Prisma.DepartmentCreateInput> = {}) {
  return db.department.create({ data: { name: unique("Department"), type: "CENTRAL_GOVERNMENT", ...data } });
}

export function createSupplier(data: Partial<Prisma.SupplierUncheckedCreateInput> = {}) {
  const legalName = data.legalName ?? unique("Supplier Ltd");
  return db.supplier.create({
    data: { legalName, normalisedName: normaliseSupplierName(legalName), region: "London", ...data },
  });
}

type UserScope = {
  departmentId?: string;
  supplierId?: string;
  auditorAllDepartments?: boolean;
  grantedDepartmentIds?: string[];
};

export function createUser(role: Role, scope: UserScope = {}) {
  return db.user.create({
    data: {
      email: `${randomUUID()}@test.example`,
      name: unique("User"),
      // Not a real hash: integration tests sign in through tests/auth.ts, not with a password.
      passwordHash: "not-a-hash",
      role,
      departmentId: scope.departmentId,
      supplierId: scope.supplierId,
      auditorAllDepartments: scope.auditorAllDepartments ?? false,
      auditorGrants: scope.grantedDepartmentIds
        ? { create: scope.grantedDepartmentIds.map((departmentId) => ({ departmentId })) }
        : undefined,
    },
  });
}

export function createContract(
  departmentId: string,
  leadPartnerId: string,
  data: Partial<Prisma.ContractUncheckedCreateInput> = {},
) {
  return db.contract.create({
    data: {
      departmentId,
      leadPartnerId,
      title: unique("Contract"),
      routeToMarket: "OPEN",
      procurementMethod: "OPEN",
      awardValue: "1000000.00",
      currentValue: "1000000.00",
      awardDate: new Date("2024-01-15"),
      startDate: new Date("2024-02-01"),
      endDate: new Date("2027-01-31"),
      ...data,
    },
  });
}

export function addMember(
  contractId: string,
  supplierId: string,
  data: Partial<Prisma.PartnershipMemberUncheckedCreateInput> = {},
) {
  return db.partnershipMember.create({
    data: {
      contractId,
      supplierId,
      role: "delivery",
      pledgedSharePercent: "10.00",
      joinedOn: new Date("2024-02-01"),
      ...data,
    },
  });
}

/** A framework with one lot, unique per call. */
export async function createLot(data: { startDate?: Date; endDate?: Date } = {}) {
  const framework = await db.framework.create({
    data: {
      rmNumber: `RM${randomUUID().slice(0, 8)}`,
      name: unique("Framework"),
      startDate: data.startDate ?? new Date("2023-01-01"),
      endDate: data.endDate ?? new Date("2028-12-31"),
    },
  });
  return db.lot.create({
    data: { frameworkId: framework.id, number: "1", name: unique("Lot") },
    include: { framework: true },
  });
}

export function createLotMembership(
  supplierId: string,
  lotId: string,
  data: Partial<Prisma.LotMembershipUncheckedCreateInput> = {},
) {
  return db.lotMembership.create({
    data: {
      supplierId,
      lotId,
      startDate: new Date("2023-01-01"),
      endDate: new Date("2028-12-31"),
      status: "VERIFIED",
      ...data,
    },
  });
}

export function createCapability(data: Partial<Prisma.CapabilityUncheckedCreateInput> = {}) {
  return db.capability.create({ data: { code: unique("cap"), name: unique("Capability"), ...data } });
}

/** A unique, valid Companies House number (2 letters + 6 digits). */
export function companiesHouseNumber() {
  const letters = "ABCDEFGHJKLMNPRSTUVWXY";
  const pick = () => letters[Math.floor(Math.random() * letters.length)];
  return `${pick()}${pick()}${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`;
}

export function createKpi(
  contractId: string,
  accountableSupplierId: string,
  data: Partial<Prisma.KpiUncheckedCreateInput> = {},
) {
  return db.kpi.create({
    data: {
      contractId,
      accountableSupplierId,
      name: unique("KPI"),
      measure: "Percentage of tickets resolved",
      target: "95%",
      ...data,
    },
  });
}

/** A dated size declaration (SME status as from asOf until the next declaration). */
export function declareSize(supplierId: string, asOf: string, isSme: boolean) {
  return db.sizeDeclaration.create({
    data: {
      supplierId,
      asOf: new Date(asOf),
      staffCount: isSme ? 20 : 900,
      turnover: isSme ? "2000000.00" : "90000000.00",
      balanceSheetTotal: isSme ? "1000000.00" : "60000000.00",
      sizeClass: isSme ? "SMALL" : "LARGE",
      isSme,
    },
  });
}

/** A spend row: DIRECT (department to supplier) unless payerSupplierId is given (INDIRECT). */
export function createSpend(
  departmentId: string,
  payeeSupplierId: string,
  paidOn: string,
  amount: string,
  data: Partial<Prisma.SpendTransactionUncheckedCreateInput> = {},
) {
  return db.spendTransaction.create({
    data: {
      kind: data.payerSupplierId ? "INDIRECT" : "DIRECT",
      departmentId,
      payeeSupplierId,
      paidOn: new Date(paidOn),
      amount,
      fingerprint: `test:${randomUUID()}`,
      ...data,
    },
  });
}
