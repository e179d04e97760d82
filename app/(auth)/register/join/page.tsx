import type { Metadata } from "next";
import { AuthCard } from "@/components/portal/auth-card";
import { AcceptInvitationForm } from "@/components/portal/accept-invitation-form";
import { getInvitation } from "@/lib/invitations/queries";

export const metadata: Metadata = { title: "Join your organisation" };

export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const invitation = token ? await getInvitation(token) : null;
  if (!token || !invitation) {
    return (
      <AuthCard
        title="This invitation link is not valid"
        intro="It may have been used already or have expired. Ask the colleague who invited you for a new link."
      >
        {null}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={`Join ${invitation.joining}`}
      intro="You were invited to Partnerscope. Choose your name and password."
    >
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AuthCard>
  );
}
