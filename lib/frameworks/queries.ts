import "server-only";
import { requireUser } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { pageOf, PAGE_SIZE, skipFor } from "@/lib/pagination";

// Frameworks and lots are public reference data: every signed-in role reads them.
export async function listFrameworks() {
  await requireUser();
  return db.framework.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { lots: true } } },
  });
}

export async function getFramework(id: string) {
  await requireUser();
  return db.framework.findUnique({
    where: { id },
    include: {
      lots: {
        orderBy: { number: "asc" },
        include: { _count: { select: { memberships: { where: { status: "VERIFIED" } } } } },
      },
    },
  });
}

/** A lot's verified members, by name, a page at a time, with their membership dates and when verified. */
export async function listLotMembers(frameworkId: string, lotId: string, page: number) {
  await requireUser();
  const where = { lotId, status: "VERIFIED" as const, lot: { frameworkId } };
  const [rows, total] = await Promise.all([
    db.lotMembership.findMany({
      where,
      orderBy: [{ supplier: { legalName: "asc" } }, { startDate: "desc" }, { id: "asc" }],
      skip: skipFor(page),
      take: PAGE_SIZE,
      select: {
        id: true,
        startDate: true,
        endDate: true,
        verifiedAt: true,
        supplier: { select: { id: true, legalName: true, companiesHouseNumber: true } },
      },
    }),
    db.lotMembership.count({ where }),
  ]);
  return pageOf(rows, total, page);
}
