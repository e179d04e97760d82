// Notice history for the contracts under the Procurement Act 2023: departments publish their UK7 contract details,
// UK10 change and UK11 termination notices on time (drafted by one person, approved by another), so a
// first look at the notices page shows one or two falling due rather than a wall of overdue ones. The latest
// award in each department is left for its leads to publish. Releases are built by the app's own builders.
import type { Prisma } from "@prisma/client";
import { contractObligations } from "../../lib/notices/obligations";
import { contractNoticeRelease } from "../../lib/notices/releases/generate";
import { loadNoticeContracts, toObligationContract } from "../../lib/notices/source";
import { PROCUREMENT_ACT_IN_FORCE } from "../../lib/contracts/rules";
import type { SeedContext } from "./context";
import { type CellValue, insertStatement } from "./bulk";
import { isoDate } from "../../lib/dates/format";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const BATCH = 500;

type NoticeRow = {
  id: string;
  type: string;
  departmentId: string;
  contractId: string;
  amendmentId: string | null;
  performanceFailureId: string | null;
  obligationKey: string;
  dueOn: string;
  rule: string;
  status: string;
  release: unknown;
  draftedById: string;
  draftedAt: string;
  approvedById: string;
  approvedAt: string;
  publishedById: string;
  publishedAt: string;
  findATenderId: string;
};
const INSERT_NOTICES = insertStatement<Omit<NoticeRow, "release"> & { release: CellValue }>({
  name: "Notice",
  columns: {
    id: "text",
    type: '"NoticeType"',
    departmentId: "text",
    contractId: "text",
    amendmentId: "text",
    performanceFailureId: "text",
    obligationKey: "text",
    dueOn: "date",
    rule: "text",
    status: '"NoticeStatus"',
    release: "jsonb",
    draftedById: "text",
    draftedAt: "timestamp(3)",
    approvedById: "text",
    approvedAt: "timestamp(3)",
    publishedById: "text",
    publishedAt: "timestamp(3)",
    findATenderId: "text",
  },
});

export async function buildNoticeHistory(ctx: SeedContext, tx: Prisma.TransactionClient): Promise<number> {
  const rng = ctx.rng.fork("notices");
  const contracts = await tx.contract.findMany({
    where: { awardDate: { gte: PROCUREMENT_ACT_IN_FORCE, lte: ctx.asOf }, status: { not: "PLANNED" } },
    select: { id: true, departmentId: true },
    orderBy: [{ awardDate: "desc" }, { id: "asc" }],
  });
  const leads = await tx.user.findMany({
    where: { role: "COMMERCIAL_LEAD", departmentId: { not: null } },
    select: { id: true, departmentId: true },
    orderBy: { id: "asc" },
  });
  const leftToPublish = new Set<string>();
  const toPublish = contracts.filter(({ departmentId }) => {
    if (leftToPublish.has(departmentId)) return true;
    leftToPublish.add(departmentId);
    return false;
  });
  let published = 0;
  // In batches: one read of 500 contracts and one insert of their notices (row by row took minutes at scale).
  for (let i = 0; i < toPublish.length; i += BATCH) {
    const notices: NoticeRow[] = [];
    for (const contract of await loadNoticeContracts(
      tx,
      toPublish.slice(i, i + BATCH).map((c) => c.id),
    )) {
      const departmentId = contract.department.id;
      // UK9s are left as they are: each one published moves the next 12-monthly one on, so they stay the leads' work.
      const duties = contractObligations(toObligationContract(contract), [], ctx.asOf).filter(
        (d) => d.type !== "UK9" && d.dueOn < ctx.asOf,
      );
      const own = leads.filter((u) => u.departmentId === departmentId).map((u) => u.id);
      const drafter = own[0] ?? ctx.adminUserId;
      const approver =
        own.find((u) => u !== drafter) ?? (drafter === ctx.adminUserId ? ctx.userIds[1]! : ctx.adminUserId);
      for (const duty of duties) {
        // Drafted one to three weeks before the day it is due, approved a day or two later, published the same day.
        const draftedAt = new Date(duty.dueOn.getTime() - rng.int(7, 21) * DAY + 10 * HOUR);
        const approvedAt = new Date(draftedAt.getTime() + rng.int(1, 2) * DAY);
        const publishedAt = new Date(approvedAt.getTime() + 3 * HOUR);
        published++;
        notices.push({
          id: ctx.id("Notice"),
          type: duty.type,
          departmentId,
          contractId: contract.id,
          amendmentId: duty.amendmentId ?? null,
          performanceFailureId: duty.performanceFailureId ?? null,
          obligationKey: duty.key,
          dueOn: isoDate(duty.dueOn),
          rule: duty.rule,
          status: "PUBLISHED",
          release: contractNoticeRelease(contract, duty, draftedAt),
          draftedById: drafter,
          draftedAt: draftedAt.toISOString(),
          approvedById: approver,
          approvedAt: approvedAt.toISOString(),
          publishedById: approver,
          publishedAt: publishedAt.toISOString(),
          findATenderId: `${String(900_000 + published).padStart(6, "0")}-${publishedAt.getUTCFullYear()}`,
        });
      }
    }
    // One JSON parameter per batch: the ORM's createMany spent most of this phase serialising the releases.
    if (notices.length > 0) await tx.$executeRawUnsafe(INSERT_NOTICES, JSON.stringify(notices));
  }
  return published;
}
