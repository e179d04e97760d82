"use server";

import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { guardDatabase } from "@/lib/actions/database";
import { recordAudit } from "@/lib/audit/record";
import { rememberNotice } from "@/lib/flash/remember-notice";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { appLink, mailConfig } from "@/lib/mail/config";
import { deliverMail } from "@/lib/mail/deliver";
import { recordMail } from "@/lib/mail/outbox";
import { RESET_REQUESTED, RequestResetSchema, ResetPasswordSchema } from "@/lib/password-reset/schema";
import { RESET_MINUTES, hashResetToken, newResetToken, resetPath } from "@/lib/password-reset/token";

/** Public, from the sign-in page: emails a single-use link to an active account; answers the same for any address. */
export async function requestPasswordReset(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const parsed = RequestResetSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const user = await db.user.findUnique({
      where: { email: parsed.data.email },
      select: { id: true, email: true, name: true, disabledAt: true },
    });
    if (user && !user.disabledAt) {
      const { token, tokenHash } = newResetToken();
      const expiresAt = new Date(Date.now() + RESET_MINUTES * 60 * 1000);
      const mailId = await db.$transaction(async (tx) => {
        const reset = await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash, expiresAt } });
        // The audit event and the outbox never hold the token's hash; the message holds the link (it is the message).
        await recordAudit(tx, {
          actor: { id: user.id, email: user.email },
          action: "user.password-reset.request",
          entityType: "User",
          entityId: user.id,
          after: { resetId: reset.id, expiresAt },
        });
        return recordMail(tx, {
          to: user.email,
          purpose: "password-reset",
          subject: "Choose a new Partnerscope password",
          text: `Hello ${user.name},\n\nSomeone (we hope you) asked to reset the password of your Partnerscope account. Choose a new password here:\n\n${appLink(resetPath(token), mailConfig())}\n\nThe link works once, within ${RESET_MINUTES} minutes. If you did not ask, ignore this email: your password stays as it is.\n`,
        });
      });
      await deliverMail([mailId]);
    }
    return { status: "success", message: RESET_REQUESTED };
  });
}

const INVALID_LINK = "This reset link is not valid: it may have been used already or have expired. Ask for a new one.";

/** Public: sets a new password with a link's token, once, before it expires; signs the account out everywhere. */
export async function resetPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const parsed = ResetPasswordSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const tokenHash = hashResetToken(parsed.data.token);
    const reset = await db.passwordResetToken.findUnique({
      where: { tokenHash },
      include: { user: { select: { id: true, email: true, disabledAt: true } } },
    });
    if (!reset || reset.usedAt || reset.expiresAt <= new Date() || reset.user.disabledAt) return failure(INVALID_LINK);
    const passwordHash = await hashPassword(parsed.data.password);
    const done = await db.$transaction(async (tx) => {
      // Claimed first: of two uses at once only one updates the row.
      const claimed = await tx.passwordResetToken.updateMany({
        where: { id: reset.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (claimed.count !== 1) return false;
      // Every other outstanding link of the account stops working too.
      await tx.passwordResetToken.updateMany({
        where: { userId: reset.userId, usedAt: null },
        data: { usedAt: new Date() },
      });
      await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await recordAudit(tx, {
        actor: { id: reset.user.id, email: reset.user.email },
        action: "user.password-reset",
        entityType: "User",
        entityId: reset.userId,
        after: { resetId: reset.id, signedOutEverywhere: true },
      });
      return true;
    });
    if (!done) return failure(INVALID_LINK);
    await rememberNotice("password-changed");
    redirect("/login");
  });
}
