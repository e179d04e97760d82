import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";

export type SessionIdentity = { userId: string; sessionVersion: number; sessionId: string };

/** Who the signed-in session says the caller is. Integration tests replace this module. */
export async function getSessionIdentity(): Promise<SessionIdentity | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.sessionId) return null;
  return { userId: session.user.id, sessionVersion: session.sessionVersion ?? 0, sessionId: session.sessionId };
}
