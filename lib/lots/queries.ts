import "server-only";
import type { Prisma } from "@prisma/client";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import type { LotClaimsParams } from "@/lib/lots/schema";
import { pageOf, PAGE_SIZE, skipFor } from "@/lib/pagination";

function claimsWhere(p: LotClaimsParams): Prisma.LotMembershipWhereInput {
  const and: Prisma.LotMembershipWhereInput[] = [];
  if (p.status !== "ALL") and.push({ status: p.status });
  if (p.lotId) and.push({ lotId: p.lotId });
  else if (p.frameworkId) and.push({ lot: { frameworkId: p.frameworkId } });
  if (p.q) {
    and.push({
      supplier: {
        OR: [
          { legalName: { contains: p.q, mode: "insensitive" } },
          { companiesHouseNumber: { startsWith: p.q.replace(/\s+/g, "").toUpperCase() } },
        ],
      },
    });
  }
  return { AND: and };
}

/**
 * The administrators' queue of lot claims, newest first, filtered and paged, each with what to check it
 * against: the framework's dates, the supplier's other memberships of the same framework, and its size.
 */
export async function listLotClaims(params: LotClaimsParams) {
  await requireCan("verifyClaims");
  const where = claimsWhere(params);
  const [rows, total] = await Promise.all([
    db.lotMembership.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: skipFor(params.page),
      take: PAGE_SIZE,
      select: {
        id: true,
        status: true,
        startDate: true,
        endDate: true,
        createdAt: true,
        verifiedAt: true,
        rejectionReason: true,
        verifiedById: true,
        supplier: {
          select: {
            id: true,
            legalName: true,
            companiesHouseNumber: true,
            sizeDeclarations: { orderBy: { asOf: "desc" }, take: 1, select: { sizeClass: true, asOf: true } },
            lotMemberships: {
              select: {
                id: true,
                status: true,
                lotId: true,
                startDate: true,
                endDate: true,
                lot: { select: { number: true, frameworkId: true } },
              },
            },
          },
        },
        lot: {
          select: {
            id: true,
            number: true,
            name: true,
            framework: { select: { id: true, name: true, rmNumber: true, startDate: true, endDate: true } },
          },
        },
      },
    }),
    db.lotMembership.count({ where }),
  ]);
  const deciders = await db.user.findMany({
    where: { id: { in: rows.flatMap((r) => (r.verifiedById ? [r.verifiedById] : [])) } },
    select: { id: true, name: true },
  });
  const decider = new Map(deciders.map((u) => [u.id, u.name]));
  const claims = rows.map(
    ({ supplier: { lotMemberships, sizeDeclarations, ...supplier }, verifiedById, ...claim }) => ({
      ...claim,
      decidedBy: verifiedById ? (decider.get(verifiedById) ?? "a former user") : null,
      supplier: { ...supplier, size: sizeDeclarations[0] ?? null },
      // The same supplier on the same framework, other than this claim: held, claimed or refused before.
      onFramework: lotMemberships.filter((m) => m.id !== claim.id && m.lot.frameworkId === claim.lot.framework.id),
    }),
  );
  return pageOf(claims, total, params.page);
}

/** The queue's filter choices: frameworks, and their lots. */
export async function lotClaimFilterOptions() {
  await requireCan("verifyClaims");
  const frameworks = await db.framework.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      rmNumber: true,
      lots: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true } },
    },
  });
  return frameworks;
}
