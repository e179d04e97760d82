import "server-only";
import { requireRole } from "@/lib/auth/caller";
import { db } from "@/lib/db";

/** The administrator's queue: open lot claims, oldest first. */
export async function listLotClaims() {
  await requireRole("ADMIN");
  return db.lotMembership.findMany({
    where: { status: "CLAIMED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      startDate: true,
      endDate: true,
      createdAt: true,
      supplier: { select: { id: true, legalName: true, companiesHouseNumber: true } },
      lot: { select: { number: true, name: true, framework: { select: { name: true, rmNumber: true } } } },
    },
  });
}
