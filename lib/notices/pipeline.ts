// UK1 pipeline notices (Procurement Act 2023 s.93): an authority expecting to pay more than £100m under its
// contracts in a financial year publishes, within 56 days of its start, the contracts over £2m it expects to
// award in the next 18 months. Pure: the department's contracts in, the duty and the pipeline out.
import { Decimal } from "decimal.js";
import { formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";
import {
  addMonths,
  dayOfFinancialYear,
  daysBetween,
  financialYearEnd,
  financialYearLabel,
  financialYearStart,
  financialYearOf,
} from "./calendar";
import { type NoticeFact, type Obligation, withState } from "./obligations";
import { ukCalendarDate } from "@/lib/dates/uk-date";

export const PIPELINE_SPEND_THRESHOLD = new Decimal(100_000_000);
export const PIPELINE_CONTRACT_THRESHOLD = new Decimal(2_000_000);
export const PIPELINE_MONTHS = 18;
export const PIPELINE_DAY = 56;
/** The first financial year the Act was in force for from its start (it came into force on 24 February 2025). */
export const FIRST_PIPELINE_YEAR = 2025;

export type PipelineContract = {
  id: string;
  title: string;
  status: "PLANNED" | "ACTIVE" | "TERMINATED" | "EXPIRED" | "CANCELLED";
  currentValue: { toString(): string };
  awardDate: Date;
  startDate: Date;
  endDate: Date;
};

/**
 * What the register says the department will pay in a financial year: each live or planned contract's value
 * spread evenly over its term, the part that falls in the year. Exact to the penny.
 */
export function expectedSpendInYear(contracts: PipelineContract[], year: number): Decimal {
  const start = financialYearStart(year);
  const end = financialYearEnd(year);
  const total = contracts
    .filter((c) => c.status === "ACTIVE" || c.status === "PLANNED")
    .reduce((sum, c) => {
      const from = c.startDate > start ? c.startDate : start;
      const to = c.endDate < end ? c.endDate : end;
      const overlap = daysBetween(from, to) + 1;
      if (overlap <= 0) return sum;
      const term = daysBetween(c.startDate, c.endDate) + 1;
      return sum.plus(new Decimal(c.currentValue.toString()).times(overlap).dividedBy(term));
    }, new Decimal(0));
  return total.toDecimalPlaces(2);
}

/** Planned contracts over £2m expected to be awarded in the 18 months from the start of the year. */
export function pipelineContracts(contracts: PipelineContract[], year: number): PipelineContract[] {
  const from = financialYearStart(year);
  const until = addMonths(from, PIPELINE_MONTHS);
  return contracts
    .filter(
      (c) =>
        c.status === "PLANNED" &&
        new Decimal(c.currentValue.toString()).greaterThan(PIPELINE_CONTRACT_THRESHOLD) &&
        c.awardDate >= from &&
        c.awardDate < until,
    )
    .sort((a, b) => a.awardDate.getTime() - b.awardDate.getTime() || a.title.localeCompare(b.title));
}

/** This financial year's UK1 duty, or null when the department expects to pay £100m or less (or before the Act). */
export function pipelineObligation(
  department: { id: string; name: string },
  contracts: PipelineContract[],
  notices: NoticeFact[],
  now: Date,
): Obligation | null {
  const today = ukCalendarDate(now);
  const year = financialYearOf(today);
  if (year < FIRST_PIPELINE_YEAR) return null;
  const spend = expectedSpendInYear(contracts, year);
  if (!spend.greaterThan(PIPELINE_SPEND_THRESHOLD)) return null;
  const dueOn = dayOfFinancialYear(year, PIPELINE_DAY);
  const listed = pipelineContracts(contracts, year).length;
  return withState(
    {
      key: `UK1:${department.id}:${year}`,
      type: "UK1",
      contractId: null,
      financialYear: year,
      subject: `${department.name}: pipeline for ${financialYearLabel(year)} (${listed} contract${listed === 1 ? "" : "s"} over £2m expected in 18 months)`,
      rule: `Expects to pay ${formatMoney(spend)} in ${financialYearLabel(year)}, over £100m (s.93): by the 56th day of the financial year, ${formatDate(dueOn)}.`,
      dueOn,
    },
    notices,
    today,
  );
}
