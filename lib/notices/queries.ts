import "server-only";
import { cache } from "react";
import { forbidden } from "next/navigation";
import { can } from "@/lib/access/capabilities";
import { type Caller, requireCan } from "@/lib/access/caller";
import { contractScope, departmentScope } from "@/lib/access/scope";
import { PROCUREMENT_ACT_IN_FORCE } from "@/lib/contracts/rules";
import { db } from "@/lib/db";
import { contractObligations, type NoticeFact, type Obligation } from "./obligations";
import { pipelineObligation } from "./pipeline";
import { listObligationContracts, listPipelineContracts } from "./source";

const writes = (caller: Caller) => can(caller, "writeContracts");

/** Every notice the departments owe, with its state, soonest first. */
async function obligationsFor(
  caller: Caller,
  departments: Array<{ id: string; name: string }>,
  now: Date,
): Promise<Obligation[]> {
  const ids = departments.map((d) => d.id);
  const [contracts, notices] = await Promise.all([
    listObligationContracts(db, {
      AND: [
        contractScope(caller),
        { departmentId: { in: ids }, awardDate: { gte: PROCUREMENT_ACT_IN_FORCE }, status: { not: "PLANNED" } },
      ],
    }),
    db.notice.findMany({
      where: { departmentId: { in: ids } },
      select: { id: true, obligationKey: true, type: true, status: true, publishedAt: true, contractId: true },
    }),
  ]);
  const byContract = new Map<string, NoticeFact[]>();
  for (const n of notices) if (n.contractId) byContract.set(n.contractId, [...(byContract.get(n.contractId) ?? []), n]);
  const pipelines = await Promise.all(
    departments.map(async (d) =>
      pipelineObligation(
        d,
        await listPipelineContracts(db, d.id),
        notices.filter((n) => n.type === "UK1"),
        now,
      ),
    ),
  );
  return [
    ...pipelines.filter((p): p is Obligation => p !== null),
    ...contracts.flatMap((c) => contractObligations(c, byContract.get(c.id) ?? [], now)),
  ].sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.key.localeCompare(b.key));
}

/** The notices page for one department in the caller's scope (a lead's own by default). */
export async function getDepartmentNotices(departmentId: string | undefined, now = new Date()) {
  const caller = await requireCan("readNotices");
  const departments = await db.department.findMany({
    where: departmentScope(caller),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const chosen = departmentId ?? caller.departmentId ?? departments[0]?.id;
  const department = departments.find((d) => d.id === chosen);
  if (!department) {
    if (departmentId) forbidden();
    return { caller, departments, department: null, obligations: [], notices: [], canWrite: writes(caller) };
  }
  const [obligations, notices] = await Promise.all([
    obligationsFor(caller, [department], now),
    db.notice.findMany({
      where: { departmentId: department.id },
      select: {
        id: true,
        type: true,
        status: true,
        dueOn: true,
        rule: true,
        draftedAt: true,
        approvedAt: true,
        publishedAt: true,
        findATenderId: true,
        contract: { select: { id: true, title: true } },
        financialYear: true,
      },
      orderBy: [{ draftedAt: "desc" }],
    }),
  ]);
  return { caller, departments, department, obligations, notices, canWrite: writes(caller) };
}

/** One notice in the caller's scope, with who drafted, approved and published it, and its audit trail. */
export const getNotice = cache(async (id: string) => {
  const caller = await requireCan("readNotices");
  const notice = await db.notice.findFirst({
    where: { id, department: departmentScope(caller) },
    include: { department: { select: { id: true, name: true } }, contract: { select: { id: true, title: true } } },
  });
  if (!notice) return null;
  const people = [notice.draftedById, notice.approvedById, notice.publishedById].filter((p): p is string => p !== null);
  const [users, events] = await Promise.all([
    db.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true } }),
    db.auditEvent.findMany({
      where: { entityType: "Notice", entityId: notice.id },
      orderBy: { id: "asc" },
      select: { id: true, at: true, actorEmail: true, action: true, before: true, after: true },
    }),
  ]);
  const name = (userId: string | null) =>
    userId ? (users.find((u) => u.id === userId)?.name ?? "a former user") : null;
  return {
    notice,
    drafter: name(notice.draftedById),
    approver: name(notice.approvedById),
    publisher: name(notice.publishedById),
    events,
    canApprove: writes(caller) && notice.status === "DRAFT" && notice.draftedById !== caller.id,
    draftedByCaller: notice.draftedById === caller.id,
    canPublish: writes(caller) && notice.status === "APPROVED",
  };
});

/** For "Needs your attention": notices past their day and due within SOON_DAYS, across the caller's departments. */
export async function noticeAttention(caller: Caller, now: Date) {
  const departments = await db.department.findMany({
    where: departmentScope(caller),
    select: { id: true, name: true },
  });
  const obligations = await obligationsFor(caller, departments, now);
  return {
    overdueNotices: obligations.filter((o) => o.late).length,
    soonDueNotices: obligations.filter((o) => o.soon).length,
  };
}
