import "server-only";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { requireCan, requireUser, type Caller } from "@/lib/access/caller";
import { contractScope, supplierScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";
import type { SupplierListParams } from "@/lib/suppliers/schema";

const latestSize = {
  select: { asOf: true, sizeClass: true, isSme: true },
  orderBy: { asOf: "desc" },
  take: 1,
} as const;

export async function listSuppliers(params: SupplierListParams) {
  const caller = await requireUser();
  const filters: Prisma.SupplierWhereInput[] = [supplierScope(caller)];
  if (params.q) {
    filters.push({
      OR: [
        { legalName: { contains: params.q, mode: "insensitive" } },
        { companiesHouseNumber: { equals: params.q.toUpperCase() } },
      ],
    });
  }
  const where: Prisma.SupplierWhereInput = { AND: filters };
  const [rows, total] = await Promise.all([
    db.supplier.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { id: "asc" }],
      skip: skipFor(params.page),
      take: PAGE_SIZE,
      select: {
        id: true,
        legalName: true,
        companiesHouseNumber: true,
        region: true,
        isVcse: true,
        sizeDeclarations: latestSize,
      },
    }),
    db.supplier.count({ where }),
  ]);
  return pageOf(rows, total, params.page);
}

/** A supplier in the caller's scope with the contracts of it that the caller may also see. */
export const getSupplier = cache(async (id: string) => {
  const caller = await requireUser();
  const supplier = await db.supplier.findFirst({
    where: { AND: [{ id }, supplierScope(caller)] },
    include: {
      sizeDeclarations: { orderBy: { asOf: "desc" } },
      identifiers: { orderBy: [{ scheme: "asc" }, { identifier: "asc" }], select: { scheme: true, identifier: true } },
      capabilities: { include: { capability: true }, orderBy: { capability: { name: "asc" } } },
      lotMemberships: { include: { lot: { include: { framework: true } } }, orderBy: { startDate: "desc" } },
    },
  });
  if (!supplier) return null;
  return { ...supplier, contracts: await contractsOfSupplier(caller, id) };
});

/** The latest 50 contracts the supplier leads or is a member of, of those the caller may see. */
function contractsOfSupplier(caller: Caller, supplierId: string) {
  return db.contract.findMany({
    where: {
      AND: [contractScope(caller), { OR: [{ leadPartnerId: supplierId }, { members: { some: { supplierId } } }] }],
    },
    orderBy: { endDate: "desc" },
    take: 50,
    select: {
      id: true,
      title: true,
      status: true,
      endDate: true,
      currentValue: true,
      leadPartnerId: true,
      department: { select: { name: true } },
    },
  });
}

/** The supplier portal: the caller's own organisation (from the session, never a URL), with what its forms need. */
export async function getOwnOrganisation() {
  const caller = await requireCan("maintainOwnSupplier");
  if (!caller.supplierId) return null;
  const [supplier, invitations, contracts] = await Promise.all([
    db.supplier.findUnique({
      where: { id: caller.supplierId },
      include: {
        sizeDeclarations: { orderBy: { asOf: "desc" } },
        capabilities: { include: { capability: true }, orderBy: { capability: { name: "asc" } } },
        lotMemberships: { include: { lot: { include: { framework: true } } }, orderBy: { createdAt: "desc" } },
      },
    }),
    db.supplierInvitation.findMany({
      where: { supplierId: caller.supplierId },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, email: true, createdAt: true, expiresAt: true, acceptedAt: true },
    }),
    contractsOfSupplier(caller, caller.supplierId),
  ]);
  return supplier ? { supplier, invitations, contracts } : null;
}
