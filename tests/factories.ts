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

export function addMember(contractId: string, supplierId: string, data: Partial<Prisma.PartnershipMemberUncheckedCreateInput> = {}) {
  return db.partnershipMember.create({
    data: { contractId, supplierId, role: "delivery", pledgedSharePercent: "10.00", joinedOn: new Date("2024-02-01"), ...data },
  });
}

export function createLot(data: Partial<Prisma.LotUncheckedCreateInput> = {}) {
  return db.lot.create({
    data: {
      number: "1",
      name: unique("Lot"),
      framework: {
        create: { rmNumber: unique("RM"), name: unique("Framework"), startDate: new Date("2023-01-01"), endDate: new Date("2030-12-31") },
      },
      ...data,
    } as Prisma.LotCreateInput,
  });
}

export function createLotMembership(supplierId: string, lotId: string, data: Partial<Prisma.LotMembershipUncheckedCreateInput> = {}) {
  return db.lotMembership.create({
    data: { supplierId, lotId, startDate: new Date("2024-01-01"), endDate: null, status: "VERIFIED", ...data },
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
