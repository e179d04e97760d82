import "server-only";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";

/** What the merge's confirmation step shows of one supplier: who it is and what would move. */
async function mergeSide(id: string) {
  const supplier = await db.supplier.findUnique({
    where: { id },
    select: {
      id: true,
      legalName: true,
      companiesHouseNumber: true,
      selfRegistered: true,
      identityVerifiedAt: true,
      identifiers: { orderBy: [{ scheme: "asc" }, { identifier: "asc" }], select: { scheme: true, identifier: true } },
      _count: {
        select: {
          leadContracts: true,
          partnershipRoles: true,
          lotMemberships: true,
          users: true,
          aliases: true,
          sizeDeclarations: true,
        },
      },
    },
  });
  if (!supplier) return null;
  const spend = await db.spendTransaction.aggregate({
    where: { payeeSupplierId: id },
    _count: true,
    _sum: { amount: true },
  });
  return { ...supplier, payments: spend._count, paid: spend._sum.amount?.toFixed(2) ?? "0.00" };
}

export type MergeSide = NonNullable<Awaited<ReturnType<typeof mergeSide>>>;

/** Administrators only: the supplier to keep and, once chosen, the duplicate to merge into it. */
export async function getMergePreview(keepId: string, removeId: string | undefined) {
  await requireCan("verifyClaims");
  const [kept, removed] = await Promise.all([
    mergeSide(keepId),
    removeId && removeId !== keepId ? mergeSide(removeId) : null,
  ]);
  return kept ? { kept, removed } : null;
}
