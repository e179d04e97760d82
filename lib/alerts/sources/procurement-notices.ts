// Procurement Act 2023 notices a contract owes (UK7, UK9, UK10, UK11; lib/notices/obligations.ts): told 14 and
// 3 days before the deadline, and once when it has passed unpublished. A notice already published sends nothing.
import { PROCUREMENT_ACT_IN_FORCE } from "@/lib/contracts/rules";
import { formatDate, isoDate } from "@/lib/dates/format";
import { contractObligations, NOTICE_TYPE_LABELS, type NoticeFact } from "@/lib/notices/obligations";
import { listObligationContracts } from "@/lib/notices/source";
import { dayLeads, dueAlert } from "../lead-times";
import { contractRecipients } from "../recipients";
import type { AlertCandidate, AlertSource } from "../source";

export const PROCUREMENT_NOTICE_DAYS = [14, 3];

export const procurementNoticeSource: AlertSource = {
  kind: "PROCUREMENT_NOTICE",
  async collect({ prisma, today }) {
    const contracts = await listObligationContracts(prisma, {
      awardDate: { gte: PROCUREMENT_ACT_IN_FORCE },
      status: { not: "PLANNED" },
    });
    if (contracts.length === 0) return [];
    const notices = await prisma.notice.findMany({
      where: { contractId: { in: contracts.map((c) => c.id) } },
      select: { id: true, obligationKey: true, type: true, status: true, publishedAt: true, contractId: true },
    });
    const factsOf = new Map<string, NoticeFact[]>();
    for (const n of notices) if (n.contractId) factsOf.set(n.contractId, [...(factsOf.get(n.contractId) ?? []), n]);
    const owners = await prisma.contract.findMany({
      where: { id: { in: contracts.map((c) => c.id) } },
      select: { id: true, ownerId: true, departmentId: true },
    });
    const recipients = await contractRecipients(prisma, owners);
    const ownerOf = new Map(owners.map((o) => [o.id, o]));
    const alerts: AlertCandidate[] = [];
    for (const contract of contracts) {
      for (const duty of contractObligations(contract, factsOf.get(contract.id) ?? [], today)) {
        if (duty.state === "published" || !duty.contractId) continue;
        const due = dueAlert(duty.dueOn, dayLeads(PROCUREMENT_NOTICE_DAYS), today);
        const tag = due ? due.tag : duty.late ? `${isoDate(duty.dueOn)}:overdue` : null;
        if (!tag) continue;
        alerts.push({
          kind: "PROCUREMENT_NOTICE",
          key: `notice:${duty.key}:${tag}`,
          userIds: recipients(ownerOf.get(contract.id)!),
          subject: `${duty.late ? "Overdue" : "Due soon"}: ${NOTICE_TYPE_LABELS[duty.type]} for "${contract.title}", due by ${formatDate(duty.dueOn)}`,
          text: `${duty.subject}. ${duty.rule} It was due by ${formatDate(duty.dueOn)}${duty.late ? " and has not been published" : ""}.`,
          link: `/contracts/${contract.id}`,
          dueOn: duty.dueOn,
        });
      }
    }
    return alerts;
  },
};
