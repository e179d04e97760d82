// Re-procurement lead times (months before the end) and notice dates (days before the last day to give
// notice) of running contracts.
import { formatDate, isoDate } from "@/lib/dates/format";
import { addMonths } from "@/lib/insight/renewal";
import { contractRecipients } from "../recipients";
import { dayLeads, dueAlert, noticeDate, reprocurementLeads } from "../lead-times";
import type { AlertCandidate, AlertSource, AlertSourceContext } from "../source";

const select = {
  id: true,
  title: true,
  departmentId: true,
  ownerId: true,
  endDate: true,
  noticePeriodDays: true,
  reprocurementLeadMonths: true,
} as const;

async function runningContracts({ prisma, today, config }: AlertSourceContext) {
  const horizon = addMonths(today, Math.max(...config.reprocurementMonths, 1));
  return prisma.contract.findMany({
    where: {
      status: { in: ["ACTIVE", "PLANNED"] },
      endDate: { gt: today },
      // Within the longest default lead time, or with a lead time or notice period of its own (few contracts).
      OR: [
        { endDate: { lte: horizon } },
        { reprocurementLeadMonths: { not: null } },
        { noticePeriodDays: { not: null } },
      ],
    },
    select,
  });
}

export const reprocurementSource: AlertSource = {
  kind: "REPROCUREMENT",
  async collect(context) {
    const contracts = await runningContracts(context);
    const recipients = await contractRecipients(context.prisma, contracts);
    const alerts: AlertCandidate[] = [];
    for (const c of contracts) {
      const due = dueAlert(
        c.endDate,
        reprocurementLeads(c.reprocurementLeadMonths, context.config.reprocurementMonths),
        context.today,
      );
      if (!due) continue;
      alerts.push({
        kind: "REPROCUREMENT",
        key: `reprocurement:${c.id}:${due.tag}`,
        userIds: recipients(c),
        subject: `Re-procurement: "${c.title}" ends on ${formatDate(c.endDate)}`,
        text: `"${c.title}" ends on ${formatDate(c.endDate)}, ${due.lead.amount} months from ${formatDate(due.firesOn)}. Its re-procurement should be under way: plan the route to market and the exit.`,
        link: `/contracts/${c.id}`,
        dueOn: c.endDate,
      });
    }
    return alerts;
  },
};

export const noticeDateSource: AlertSource = {
  kind: "NOTICE_DATE",
  async collect(context) {
    const contracts = (await runningContracts(context)).filter((c) => c.noticePeriodDays !== null);
    const recipients = await contractRecipients(context.prisma, contracts);
    const alerts: AlertCandidate[] = [];
    for (const c of contracts) {
      const lastDay = noticeDate(c.endDate, c.noticePeriodDays!);
      const due = dueAlert(lastDay, dayLeads(context.config.noticeDays), context.today);
      if (!due) continue;
      alerts.push({
        kind: "NOTICE_DATE",
        key: `notice:${c.id}:${isoDate(c.endDate)}:${due.tag}`,
        userIds: recipients(c),
        subject: `Notice date in ${due.lead.amount} days: "${c.title}"`,
        text: `Notice on "${c.title}" (${c.noticePeriodDays} days before it ends on ${formatDate(c.endDate)}) must be given by ${formatDate(lastDay)}: decide whether to extend, renew or let it end.`,
        link: `/contracts/${c.id}`,
        dueOn: lastDay,
      });
    }
    return alerts;
  },
};
