import "server-only";
import type { Prisma } from "@prisma/client";
import { requireCan, type Caller } from "@/lib/access/caller";
import { inVisibleDepartments } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { namesForEvents } from "@/lib/audit/record-names";
import { verifyAuditTrail } from "@/lib/audit/verify";
import { checkpointSettings } from "@/lib/audit/checkpoint-store";
import { env } from "@/lib/env";
import type { AuditListParams } from "@/lib/audit/schema";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";

/** Administrators and all-department auditors read every event; other auditors their departments' events. */
export function auditScope(caller: Caller): Prisma.AuditEventWhereInput {
  return inVisibleDepartments(caller);
}

export function auditFilters(caller: Caller, params: AuditListParams): Prisma.AuditEventWhereInput {
  const filters: Prisma.AuditEventWhereInput[] = [auditScope(caller)];
  if (params.q) {
    filters.push({
      OR: [
        { actorEmail: { contains: params.q, mode: "insensitive" } },
        { action: { contains: params.q, mode: "insensitive" } },
      ],
    });
  }
  if (params.entityType) filters.push({ entityType: params.entityType });
  if (params.from) filters.push({ at: { gte: new Date(`${params.from}T00:00:00Z`) } });
  if (params.to) filters.push({ at: { lt: new Date(new Date(`${params.to}T00:00:00Z`).getTime() + 86_400_000) } });
  return { AND: filters };
}

export async function listAuditEvents(params: AuditListParams) {
  const caller = await requireCan("readAudit");
  const where = auditFilters(caller, params);
  const [rows, total, entityTypes] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: skipFor(params.page), take: PAGE_SIZE }),
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where: auditScope(caller),
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    }),
  ]);
  const { actors, records } = await namesForEvents(rows);
  const named = rows.map((e) => ({
    ...e,
    actorName: e.actorId ? (actors.get(e.actorId) ?? null) : null,
    record: e.entityId ? (records.get(`${e.entityType}:${e.entityId}`) ?? null) : null,
  }));
  return { ...pageOf(named, total, params.page), entityTypes: entityTypes.map((e) => e.entityType) };
}

/** The whole chain and its signed checkpoints, whoever's departments: a break anywhere concerns every reader. */
export async function getAuditChainVerification() {
  await requireCan("readAudit");
  const settings = checkpointSettings(env);
  return { result: await verifyAuditTrail(db, settings), file: settings.file };
}
