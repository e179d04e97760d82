// Contracts over £5m with KPIs must be assessed at least every 12 months (Procurement Act 2023, s.71):
// told 30 and 7 days before the next assessment is due.
import { formatDate } from "@/lib/dates/format";
import { KPI_THRESHOLD } from "@/lib/contracts/kpi-rules";
import { contractRecipients } from "../recipients";
import { dayLeads, dueAlert, KPI_ASSESSMENT_DAYS, nextKpiAssessment } from "../lead-times";
import type { AlertCandidate, AlertSource } from "../source";

type Row = {
  id: string;
  title: string;
  departmentId: string;
  ownerId: string | null;
  awardDate: Date;
  lastAssessedOn: Date | null;
};

export const kpiAssessmentSource: AlertSource = {
  kind: "KPI_ASSESSMENT",
  async collect({ prisma, today }) {
    const contracts = await prisma.$queryRaw<Row[]>`
      SELECT c.id, c.title, c."departmentId", c."ownerId", c."awardDate", max(a."assessedOn") AS "lastAssessedOn"
        FROM "Contract" c JOIN "Kpi" k ON k."contractId" = c.id LEFT JOIN "KpiAssessment" a ON a."kpiId" = k.id
       WHERE c.status = 'ACTIVE' AND c."currentValue" > ${KPI_THRESHOLD.toString()}::numeric
       GROUP BY c.id`;
    const recipients = await contractRecipients(prisma, contracts);
    const alerts: AlertCandidate[] = [];
    for (const c of contracts) {
      const dueOn = nextKpiAssessment(c.awardDate, c.lastAssessedOn);
      const due = dueAlert(dueOn, dayLeads(KPI_ASSESSMENT_DAYS), today);
      if (!due) continue;
      alerts.push({
        kind: "KPI_ASSESSMENT",
        key: `kpi:${c.id}:${due.tag}`,
        userIds: recipients(c),
        subject: `KPI assessment due by ${formatDate(dueOn)}: "${c.title}"`,
        text: `"${c.title}" is over £5m: its KPIs must be assessed and published at least every 12 months. The next assessment is due by ${formatDate(dueOn)}.`,
        link: `/contracts/${c.id}#kpis`,
        dueOn,
      });
    }
    return alerts;
  },
};
