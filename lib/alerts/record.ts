// Records due alerts, once per key and person (a unique index; concurrent scans insert each once), for
// everyone who has not switched the kind off. A person told as alerts fall due gets each in its own
// message in the same transaction; the others' alerts wait for their digest.
import type { PrismaClient } from "@prisma/client";
import { mailConfig } from "@/lib/mail/config";
import { recordMail } from "@/lib/mail/outbox";
import { alertMessage } from "./messages";
import type { AlertCandidate } from "./source";

/** Returns the messages to deliver (the caller sends their delivery jobs). */
export async function recordAlerts(
  prisma: PrismaClient,
  candidates: AlertCandidate[],
): Promise<{ recorded: number; mailIds: string[] }> {
  const userIds = [...new Set(candidates.flatMap((c) => c.userIds))];
  if (userIds.length === 0) return { recorded: 0, mailIds: [] };
  const users = await prisma.user.findMany({
    where: { id: { in: userIds }, disabledAt: null },
    select: { id: true, email: true, alertSettings: { select: { digest: true, disabledKinds: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const config = mailConfig();
  const mailIds: string[] = [];
  let recorded = 0;
  for (const candidate of candidates) {
    for (const userId of candidate.userIds) {
      const user = byId.get(userId);
      if (!user || user.alertSettings?.disabledKinds.includes(candidate.kind)) continue;
      const immediate = (user.alertSettings?.digest ?? "IMMEDIATE") === "IMMEDIATE";
      await prisma.$transaction(async (tx) => {
        const [created] = await tx.$queryRaw<{ id: string }[]>`
          INSERT INTO "Alert" (id, kind, key, "userId", subject, text, link, "dueOn")
          VALUES (gen_random_uuid()::text, ${candidate.kind}, ${candidate.key}, ${userId}, ${candidate.subject}, ${candidate.text}, ${candidate.link}, ${candidate.dueOn ?? null}::date)
          ON CONFLICT (key, "userId") DO NOTHING RETURNING id`;
        if (!created) return;
        recorded++;
        if (!immediate) return;
        const mailId = await recordMail(tx, { to: user.email, ...alertMessage(candidate, config), purpose: "alert" });
        await tx.alert.update({ where: { id: created.id }, data: { mailId } });
        mailIds.push(mailId);
      });
    }
  }
  return { recorded, mailIds };
}
