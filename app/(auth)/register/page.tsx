import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/portal/auth-card";
import { RegisterForm } from "@/components/portal/register-form";
import { getCaller } from "@/lib/access/caller";

export const metadata: Metadata = { title: "Register your organisation" };

export default async function RegisterPage() {
  if (await getCaller()) redirect("/");
  return (
    <AuthCard
      title="Register your organisation"
      intro="Tell us once: buyers find you by your capabilities, framework lots, size and region. If your organisation is already registered, ask a colleague to invite you instead."
    >
      <RegisterForm />
    </AuthCard>
  );
}
