import "server-only";
import { db } from "@/lib/db";
import { hashResetToken } from "@/lib/password-reset/token";

/** Public (the person cannot sign in): whether a reset link can still be used. */
export async function resetLinkIsValid(token: string): Promise<boolean> {
  const reset = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { disabledAt: true } } },
  });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > new Date() && !reset.user.disabledAt);
}
