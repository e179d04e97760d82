import type { Prisma } from "@prisma/client";

// Only a VERIFIED lot membership whose dates cover the day counts for a call-off check:
// a claim (CLAIMED) or a rejected one never does. Dates are whole days (UTC).
export type LotMembershipFacts = { lotId: string; status: "CLAIMED" | "VERIFIED" | "REJECTED"; startDate: Date; endDate: Date | null };

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Pure form: does any of these memberships make the supplier a verified member of the lot on the day? */
export function isVerifiedLotMemberOn(memberships: LotMembershipFacts[], lotId: string, onDate: Date): boolean {
  const day = startOfUtcDay(onDate).getTime();
  return memberships.some(
    (m) => m.lotId === lotId && m.status === "VERIFIED" && m.startDate.getTime() <= day && (m.endDate === null || m.endDate.getTime() >= day),
  );
}

/** Queryable form: the same rule as a where-clause on LotMembership. */
export function verifiedLotMembershipWhere(lotId: string, onDate: Date): Prisma.LotMembershipWhereInput {
  const day = startOfUtcDay(onDate);
  return { lotId, status: "VERIFIED", startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }] };
}
