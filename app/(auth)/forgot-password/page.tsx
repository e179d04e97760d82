import type { Metadata } from "next";
import { RequestResetForm } from "@/components/auth/password-reset-forms";
import { AuthCard } from "@/components/portal/auth-card";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      signInPrompt="Remembered your password?"
      title="Reset your password"
      intro="Enter the email address you sign in with. We will email you a link to choose a new password."
    >
      <RequestResetForm />
    </AuthCard>
  );
}
