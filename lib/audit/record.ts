import type { Prisma, PrismaClient } from "@prisma/client";
import type { AuditAction } from "@/lib/audit/action-names";
import { auditHash, snapshot, type AuditContent } from "@/lib/audit/chain";

type Tx = Prisma.TransactionClient | PrismaClient;

export type AuditInput = Omit<
  AuditContent,
  "at" | "before" | "after" | "actorId" | "actorEmail" | "entityId" | "departmentId" | "action"
> & {
  /** One of the named actions (lib/audit/action-names.ts). */
  action: AuditAction;
  /** Who did it: a user, or a named system process with no user id (e.g. the demo seed). */
  actor: { id: string | null; email: string } | null;
  entityId?: string | null;
  departmentId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Serialises writers of the chain for the length of their transaction: each event links to the last.
export const CHAIN_LOCK = 7_310_221;

/**
 * Appends an audit event inside the caller's transaction, so the change and its record commit together.
 * The table itself refuses updates and deletes (see the audit_append_only migration).
 */
export async function recordAudit(tx: Tx, input: AuditInput) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const content: AuditContent = {
    at: new Date(),
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    departmentId: input.departmentId ?? null,
    before: snapshot(input.before),
    after: snapshot(input.after),
  };
  const prevHash = last?.hash ?? null;
  return tx.auditEvent.create({
    data: {
      ...content,
      before: content.before === null ? undefined : (content.before as Prisma.InputJsonValue),
      after: content.after === null ? undefined : (content.after as Prisma.InputJsonValue),
      prevHash,
      hash: auditHash(content, prevHash),
    },
  });
}
