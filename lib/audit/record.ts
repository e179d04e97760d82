import { AsyncLocalStorage } from "node:async_hooks";
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

// The events of work run by withAuditAtEnd, held back until that work is done.
const heldBack = new AsyncLocalStorage<AuditInput[]>();

/**
 * Records an audit event inside the caller's transaction, so the change and its record commit together:
 * at once, or, within withAuditAtEnd, when that work ends (still in the same transaction).
 */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  const held = heldBack.getStore();
  if (held) held.push(input);
  else await appendAuditEvent(tx, input);
}

/**
 * Runs a long transaction's work (an OCDS package: minutes, hundreds of records) with its audit events held
 * back, then appends them in order. The chain's lock serialises every audited write until commit, so taken
 * at the first event it would make everyone's saves wait for the whole import; taken here, only for its end.
 */
export async function withAuditAtEnd<T>(tx: Tx, run: () => Promise<T>): Promise<T> {
  const held: AuditInput[] = [];
  const result = await heldBack.run(held, run);
  for (const input of held) await appendAuditEvent(tx, input);
  return result;
}

/**
 * Appends one event to the chain now, returning it. The table itself refuses updates and deletes (see the
 * audit_append_only migration).
 */
export async function appendAuditEvent(tx: Tx, input: AuditInput) {
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
