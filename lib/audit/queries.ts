import "server-only";
import type { Prisma } from "@prisma/client";
import { requireRole, type Caller } from "@/lib/auth/caller";
import { db } from "@/lib/db";
import { verifyAuditChain } from "@/lib/audit/verify";
import type { AuditListParams } from "@/lib/audit/schema";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";

/** Administrators and all-department auditors read every event; other auditors their departments' events. */
export function auditScope(caller: Caller): Prisma.AuditEventWhereInput {
  if (caller.role === "ADMIN" || caller.auditorDepartments === "ALL") return {};
  return { departmentId: { in: caller.auditorDepartments } };
}

export function auditFilters(caller: Caller, params: AuditListParams): Prisma.AuditEventWhereInput {
  const filters: Prisma.AuditEventWhereInput[] = [auditScope(caller)];
  if (params.q) {
    filters.push({ OR: [{ actorEmail: { contains: params.q, mode: "insensitive" } }, { action: { contains: params.q, mode: "insensitive" } }] });
  }
  if (params.entityType) filters.push({ entityType: params.entityType });
  if (params.from) filters.push({ at: { gte: new Date(`${params.from}T00:00:00Z`) } });
  if (params.to) filters.push({ at: { lt: new Date(new Date(`${params.to}T00:00:00Z`).getTime() + 86_400_000) } });
  return { AND: filters };
}

export async function listAuditEvents(params: AuditListParams) {
  const caller = await requireRole("ADMIN", "AUDITOR");
  const where = auditFilters(caller, params);
  const [rows, total, entityTypes] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: skipFor(params.page), take: PAGE_SIZE }),
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where: auditScope(caller), distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return { ...pageOf(rows, total, params.page), entityTypes: entityTypes.map((e) => e.entityType) };
}

/** The whole chain, whoever's departments: a break anywhere concerns every reader of the trail. */
export async function getAuditChainVerification() {
  await requireRole("ADMIN", "AUDITOR");
  return verifyAuditChain(db);
}
