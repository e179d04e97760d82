import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";
import { AuthCard } from "@/components/portal/auth-card";
import { resetLinkIsValid } from "@/lib/password-reset/queries";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  if (!token || !(await resetLinkIsValid(token))) {
    return (
      <AuthCard
        signInPrompt="Remembered your password?"
        title="This reset link is not valid"
        intro={
          <>
            It may have been used already or have expired.{" "}
            <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
              Ask for a new link
            </Link>
            .
          </>
        }
      >
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      signInPrompt="Remembered your password?"
      title="Choose a new password"
      intro="Choose a password of at least 12 characters. You will be signed out everywhere else."
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
