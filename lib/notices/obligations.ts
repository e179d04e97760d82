// The notices a department owes under the Procurement Act 2023, and the day each is due: computed on read from
// the register (no jobs). Pure: the contract, its ledger, its findings and its notices in; the duties out.
import { Decimal } from "decimal.js";
import { changeNoticeRule, inLedgerOrder, type RuleChange, type RuleContract } from "@/lib/changes/change-rule";
import { PROCUREMENT_ACT_IN_FORCE } from "@/lib/contracts/rules";
import { formatDate, isoDate } from "@/lib/dates/format";
import { addDays, addMonths, daysBetween } from "./calendar";
import { ukCalendarDate } from "@/lib/dates/uk-date";

export type NoticeType = "UK1" | "UK7" | "UK9" | "UK10" | "UK11";
export type NoticeStatus = "DRAFT" | "APPROVED" | "PUBLISHED";

export const NOTICE_TYPE_LABELS: Record<NoticeType, string> = {
  UK1: "UK1 pipeline notice",
  UK7: "UK7 contract details notice",
  UK9: "UK9 contract performance notice",
  UK10: "UK10 contract change notice",
  UK11: "UK11 contract termination notice",
};

/** Contracts over this value carry KPIs into their UK7 and owe a UK9 at least every 12 months (s.52, s.71). */
export const KPI_NOTICE_THRESHOLD = new Decimal(5_000_000);
/** Due within this many days counts as soon: it joins "Needs your attention". */
export const SOON_DAYS = 14;
export const NOTICE_DAYS = 30;

export type ObligationContract = RuleContract & {
  id: string;
  title: string;
  status: "PLANNED" | "ACTIVE" | "TERMINATED" | "EXPIRED" | "CANCELLED";
  endDate: Date;
  currentValue: { toString(): string };
  kpiCount: number;
  changes: RuleChange[];
  failures: Array<{ id: string; kind: "BREACH" | "FAILURE_TO_IMPROVE"; foundOn: Date }>;
};

export type NoticeFact = {
  id: string;
  obligationKey: string;
  type: NoticeType;
  status: NoticeStatus;
  publishedAt: Date | null;
};

export type ObligationState = "due" | "overdue" | "drafted" | "approved" | "published";

export type Obligation = {
  key: string;
  type: NoticeType;
  contractId: string | null;
  amendmentId?: string;
  performanceFailureId?: string;
  financialYear?: number;
  /** What the duty is about, for people: "Service desk: contract ended 31 Mar 2026". */
  subject: string;
  /** The rule and the date behind the deadline. */
  rule: string;
  dueOn: Date;
  state: ObligationState;
  /** Not yet published and past its day (a draft can be late too). */
  late: boolean;
  /** Not yet published and due within SOON_DAYS. */
  soon: boolean;
  noticeId: string | null;
};

const STATE_OF: Record<NoticeStatus, ObligationState> = {
  DRAFT: "drafted",
  APPROVED: "approved",
  PUBLISHED: "published",
};

export function withState(
  o: Omit<Obligation, "state" | "late" | "soon" | "noticeId">,
  notices: NoticeFact[],
  today: Date,
): Obligation {
  const notice = notices.find((n) => n.obligationKey === o.key);
  const published = notice?.status === "PUBLISHED";
  const left = daysBetween(today, o.dueOn);
  const state = notice ? STATE_OF[notice.status] : left < 0 ? "overdue" : "due";
  return {
    ...o,
    state,
    late: !published && left < 0,
    soon: !published && left >= 0 && left <= SOON_DAYS,
    noticeId: notice?.id ?? null,
  };
}

export const underProcurementAct = (c: { awardDate: Date }) => c.awardDate >= PROCUREMENT_ACT_IN_FORCE;
const over5m = (c: ObligationContract) => new Decimal(c.currentValue.toString()).greaterThan(KPI_NOTICE_THRESHOLD);

/** The day the contract ended, however it ended (closed, or past its end date), or null while it runs. */
export function endedOn(c: ObligationContract, today: Date): Date | null {
  const closure = inLedgerOrder(c.changes.filter((x) => x.endsContract)).at(-1);
  if (c.status === "TERMINATED" || c.status === "EXPIRED" || c.status === "CANCELLED")
    return closure?.newEndDate ?? closure?.date ?? c.endDate;
  if (c.status === "ACTIVE" && c.endDate < today) return c.endDate;
  return null;
}

/** Every notice the contract owes (a contract awarded before the Act owes none: the 2015 Regulations govern it). */
export function contractObligations(c: ObligationContract, notices: NoticeFact[], now: Date): Obligation[] {
  const today = ukCalendarDate(now);
  if (!underProcurementAct(c) || c.status === "PLANNED") return [];
  const duties: Array<Omit<Obligation, "state" | "late" | "soon" | "noticeId">> = [];
  const base = { contractId: c.id };
  const kpis = over5m(c) && c.kpiCount > 0;

  duties.push({
    ...base,
    key: `UK7:${c.id}`,
    type: "UK7",
    subject: `${c.title}: entered into on ${formatDate(c.awardDate)}`,
    dueOn: addDays(c.awardDate, NOTICE_DAYS),
    rule: `Within 30 days of entering into the contract (s.53, reg 32): ${formatDate(c.awardDate)} + 30 days.${over5m(c) ? " Over £5m: with at least 3 KPIs (s.52)." : ""}`,
  });

  const ended = endedOn(c, today);
  if (kpis) {
    const lastAnnual = notices
      .filter((n) => n.status === "PUBLISHED" && n.obligationKey.startsWith(`UK9:annual:${c.id}:`) && n.publishedAt)
      .reduce<Date | null>(
        (latest, n) => (latest && latest > ukCalendarDate(n.publishedAt!) ? latest : ukCalendarDate(n.publishedAt!)),
        null,
      );
    const from = lastAnnual ?? c.awardDate;
    const dueOn = addMonths(from, 12);
    if (dueOn <= c.endDate) {
      duties.push({
        ...base,
        key: `UK9:annual:${c.id}:${isoDate(dueOn)}`,
        type: "UK9",
        subject: `${c.title}: KPI ratings for the 12 months from ${formatDate(from)}`,
        dueOn,
        rule: `At least once every 12 months for a contract over £5m (s.71(1), reg 39): ${lastAnnual ? "last published" : "entered into"} ${formatDate(from)} + 12 months.`,
      });
    }
    if (ended) {
      duties.push({
        ...base,
        key: `UK9:final:${c.id}`,
        type: "UK9",
        subject: `${c.title}: final KPI ratings, contract ended ${formatDate(ended)}`,
        dueOn: addDays(ended, NOTICE_DAYS),
        rule: `KPIs assessed on termination (s.71(1)): within 30 days of the contract ending on ${formatDate(ended)}.`,
      });
    }
  }
  for (const f of c.failures) {
    const what = f.kind === "BREACH" ? "breach of contract" : "failure to improve performance";
    duties.push({
      ...base,
      key: `UK9:failure:${f.id}`,
      type: "UK9",
      performanceFailureId: f.id,
      subject: `${c.title}: ${what} found ${formatDate(f.foundOn)}`,
      dueOn: addDays(f.foundOn, NOTICE_DAYS),
      rule: `Within 30 days of a ${what} being found (s.71(2)-(3)): ${formatDate(f.foundOn)} + 30 days.`,
    });
  }
  for (const change of c.changes) {
    const verdict = changeNoticeRule(c, c.changes, change.id);
    if (!verdict.needsNotice) continue;
    duties.push({
      ...base,
      key: `UK10:${change.id}`,
      type: "UK10",
      amendmentId: change.id,
      subject: `${c.title}: change taking effect ${formatDate(change.date)}`,
      dueOn: addDays(change.date, -1),
      rule: `Before the change takes effect on ${formatDate(change.date)} (s.75(1)). ${verdict.reason}`,
    });
  }
  if (ended) {
    duties.push({
      ...base,
      key: `UK11:${c.id}`,
      type: "UK11",
      subject: `${c.title}: ended ${formatDate(ended)}`,
      dueOn: addDays(ended, NOTICE_DAYS),
      rule: `Within 30 days of the contract ending, however it ended (s.80, reg 41): ${formatDate(ended)} + 30 days.`,
    });
  }
  return duties.map((d) => withState(d, notices, today));
}
