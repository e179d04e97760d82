import "server-only";
import { requireCan, requireUser } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";

/** The caller's alert settings (defaults when never saved) and their latest alerts. */
export async function getAlertSettings() {
  const caller = await requireUser();
  const [settings, recent] = await Promise.all([
    db.alertSettings.findUnique({ where: { userId: caller.id } }),
    db.alert.findMany({
      where: { userId: caller.id },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, subject: true, link: true, createdAt: true, mailId: true },
    }),
  ]);
  return { caller, digest: settings?.digest ?? "IMMEDIATE", disabledKinds: settings?.disabledKinds ?? [], recent };
}

/** Administrators: every message the app sent or holds, newest first (the outbox when no SMTP server is set). */
export async function listOutbox(page: number) {
  await requireCan("manageJobs");
  const [rows, total] = await Promise.all([
    db.outboundMail.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: skipFor(page),
      take: PAGE_SIZE,
    }),
    db.outboundMail.count(),
  ]);
  return pageOf(rows, total, page);
}
