// Password reset: one answer for any address, a link mailed through the test SMTP server, its token
// stored only as a hash, used once, expiring; the new password meets the policy and signs out everywhere.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { requestPasswordReset, resetPassword } from "@/lib/password-reset/actions";
import { RESET_REQUESTED } from "@/lib/password-reset/schema";
import { expectRedirect, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createUser } from "@/tests/factories";
import { jobsDone } from "@/tests/jobs";
import { receivedBy } from "@/tests/mailbox";

async function mailedToken(email: string): Promise<string> {
  await jobsDone("mail-delivery");
  const [mail] = receivedBy(email);
  const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1];
  expect(token, "the email holds a reset link").toBeTruthy();
  return token!;
}

const newPassword = "correct horse battery staple 42";

describe("asking for a reset", () => {
  it("answers the same whether or not the address has an account, and mails only a real one", async () => {
    actAs(null);
    const user = await createUser("COMMERCIAL_LEAD");
    const unknown = `nobody-${Date.now()}@test.example`;
    const forUser = await requestPasswordReset(idle, form({ email: user.email.toUpperCase() }));
    const forNobody = await requestPasswordReset(idle, form({ email: unknown }));
    expect(forNobody).toEqual(forUser);
    expect(forUser).toEqual({ status: "success", message: RESET_REQUESTED });
    await jobsDone("mail-delivery");
    expect(receivedBy(unknown)).toHaveLength(0);
    expect(await db.outboundMail.count({ where: { toEmail: unknown } })).toBe(0);
    expect(receivedBy(user.email).map((m) => m.subject)).toEqual(["Choose a new Partnerscope password"]);
  });

  it("sends nothing to a disabled account, with the same answer", async () => {
    const user = await createUser("AUDITOR");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await requestPasswordReset(idle, form({ email: user.email }))).toEqual({
      status: "success",
      message: RESET_REQUESTED,
    });
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("names a malformed address", async () => {
    const state = await requestPasswordReset(idle, form({ email: "not an email" }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { email: [expect.stringContaining("email address")] },
    });
  });
});

describe("the reset link", () => {
  it("sets a new password once, signs out everywhere, and its token is stored only as a hash", async () => {
    const user = await createUser("COMMERCIAL_LEAD");
    await requestPasswordReset(idle, form({ email: user.email }));
    const token = await mailedToken(user.email);
    const [stored] = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(stored!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await db.passwordResetToken.findMany({ where: { userId: user.id } }))).not.toContain(token);
    // Once delivered, the outbox keeps no copy of the link either.
    expect((await db.outboundMail.findFirstOrThrow({ where: { toEmail: user.email } })).text).not.toContain(token);

    await expectRedirect(
      resetPassword(idle, form({ token, password: newPassword, confirmPassword: newPassword })),
      "/login",
    );
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, newPassword)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await db.auditEvent.count({ where: { action: "user.password-reset", entityId: user.id } })).toBe(1);

    const again = await resetPassword(
      idle,
      form({ token, password: "another long passphrase", confirmPassword: "another long passphrase" }),
    );
    expect(again).toMatchObject({ status: "error", message: expect.stringContaining("not valid") });
  });

  it("expires", async () => {
    const user = await createUser("COMMERCIAL_LEAD");
    await requestPasswordReset(idle, form({ email: user.email }));
    const token = await mailedToken(user.email);
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const state = await resetPassword(idle, form({ token, password: newPassword, confirmPassword: newPassword }));
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining("expired") });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("holds the password policy and the confirmation, naming the field", async () => {
    const user = await createUser("COMMERCIAL_LEAD");
    await requestPasswordReset(idle, form({ email: user.email }));
    const token = await mailedToken(user.email);
    expect(await resetPassword(idle, form({ token, password: "short", confirmPassword: "short" }))).toMatchObject({
      // The length rule first; the strength estimator (lib/users/password-strength.ts) adds its own reason.
      fieldErrors: { password: expect.arrayContaining(["Password must be at least 12 characters"]) },
    });
    expect(
      await resetPassword(idle, form({ token, password: newPassword, confirmPassword: "something else entirely" })),
    ).toMatchObject({ fieldErrors: { confirmPassword: ["The two passwords are not the same."] } });
    // Refused attempts did not use the link up.
    await expectRedirect(
      resetPassword(idle, form({ token, password: newPassword, confirmPassword: newPassword })),
      "/login",
    );
  });

  it("of two uses at once, only one sets the password", async () => {
    const user = await createUser("COMMERCIAL_LEAD");
    await requestPasswordReset(idle, form({ email: user.email }));
    const token = await mailedToken(user.email);
    const outcomes = await Promise.all(
      ["first long passphrase", "second long passphrase"].map((p) =>
        resetPassword(idle, form({ token, password: p, confirmPassword: p })).then(
          (s) => s,
          (e: { digest?: string }) => e.digest,
        ),
      ),
    );
    expect(outcomes.filter((o) => typeof o === "string" && o.startsWith("NEXT_REDIRECT"))).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: "user.password-reset", entityId: user.id } })).toBe(1);
  });
});
