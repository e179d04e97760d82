import "server-only";
import type { Prisma, PrismaClient } from "@prisma/client";
import { db } from "@/lib/db";
import { verifiedLotMembershipWhere } from "@/lib/lots/membership";

/**
 * The call-off check: is the supplier a VERIFIED member of the lot on that day? Unverified claims never count.
 * No caller check here: it is a domain rule used inside actions that have already checked theirs.
 */
export async function hasVerifiedLotMembership(
  supplierId: string,
  lotId: string,
  onDate: Date,
  client: Prisma.TransactionClient | PrismaClient = db,
): Promise<boolean> {
  const found = await client.lotMembership.findFirst({
    where: { supplierId, ...verifiedLotMembershipWhere(lotId, onDate) },
    select: { id: true },
  });
  return found !== null;
}
