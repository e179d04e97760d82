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
export function createSpend(departmentId: string, payeeSupplierId: string, paidOn: string, amount: string, data: Partial<Prisma.SpendTransactionUncheckedCreateInput> = {}) {
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
