import "server-only";
import { db } from "@/lib/db";
import { hashInvitationToken } from "@/lib/invitations/token";
import { joiningAs } from "@/lib/invitations/message";

/**
 * Public (the invited person has no account yet): an open invitation by its token, or null; from a
 * supplier user (to join its organisation) or from an administrator (a role and scope).
 */
export async function getInvitation(token: string) {
  const open = { tokenHash: hashInvitationToken(token), acceptedAt: null, expiresAt: { gt: new Date() } };
  const fromColleague = await db.supplierInvitation.findFirst({
    where: open,
    select: { email: true, supplier: { select: { legalName: true } } },
  });
  if (fromColleague) return { email: fromColleague.email, joining: fromColleague.supplier.legalName };
  const fromAdmin = await db.userInvitation.findFirst({ where: open, select: { email: true, role: true } });
  return fromAdmin ? { email: fromAdmin.email, joining: joiningAs(fromAdmin.role) } : null;
}
