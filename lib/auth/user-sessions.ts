import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** A new server-side session for a sign-in; its id goes into the signed session cookie. */
export async function startSession(userId: string): Promise<string> {
  const now = new Date();
  const id = randomBytes(24).toString("base64url");
  await db.$transaction([
    // A user's sessions long expired are no use to anyone.
    db.userSession.deleteMany({ where: { userId, expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } }),
    db.userSession.create({ data: { id, userId, expiresAt: new Date(now.getTime() + env.SESSION_MAX_AGE * 1000) } }),
  ]);
  return id;
}

/** Sign-out: the session stops working on every copy of its cookie. */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}
