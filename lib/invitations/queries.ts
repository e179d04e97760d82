import "server-only";
import { db } from "@/lib/db";
import { hashInvitationToken } from "@/lib/invitations/token";

/** Public (the invited person has no account yet): an open invitation by its token, or null. */
export async function getInvitation(token: string) {
  return db.supplierInvitation.findFirst({
    where: { tokenHash: hashInvitationToken(token), acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { email: true, supplier: { select: { legalName: true } } },
  });
}
