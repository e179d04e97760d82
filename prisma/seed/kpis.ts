// KPIs (Procurement Act 2023): contracts over £5m mostly have 3-5, each accountable to the lead or
// a member and rated every 6 or 12 months. A few big contracts are deliberately imperfect: some
// have no assessment in the last 12 months (overdue), some record an exemption instead of KPIs,
// and some have neither (a gap the product should flag).
import { addDays, addMonths, minDate } from "./dates";
import type { Rng } from "./prng";
import { KPI_EXEMPTION_REASONS, KPI_TEMPLATES, RATING_NOTES, RATING_WEIGHTS } from "./ref-text";
import type { ContractPlan, KpiPlan, KpiRating } from "./types";

const FIVE_MILLION_PENCE = 500_000_000;

export type KpiQuirk = "none" | "overdue" | "exempt" | "missing";

/** Deterministic quotas: every 33rd big contract is exempt, another is missing KPIs; every 6th long-running one is overdue. */
export class KpiQuirks {
  private big = 0;
  private overdueCandidates = 0;

  next(plan: ContractPlan, asOf: Date): KpiQuirk {
    if (plan.currentPence <= FIVE_MILLION_PENCE || plan.status === "CANCELLED") return "none";
    const k = this.big++;
    if (k % 33 === 5) return "exempt";
    if (k % 33 === 17) return "missing";
    const longRunning = plan.status === "ACTIVE" && addMonths(plan.startDate, 20) < asOf;
    if (longRunning && this.overdueCandidates++ % 6 === 2) return "overdue";
    return "none";
  }
}

export function rating(rng: Rng, previous: KpiRating | undefined): KpiRating {
  if (previous && rng.chance(0.5)) return previous;
  return rng.weighted(RATING_WEIGHTS);
}

export function assessmentsFor(rng: Rng, start: Date, until: Date, cadenceMonths: number) {
  const out: KpiPlan["assessments"] = [];
  let previous: KpiRating | undefined;
  for (let date = addMonths(start, cadenceMonths); date <= until; date = addMonths(date, cadenceMonths)) {
    const r = rating(rng, previous);
    previous = r;
    out.push({
      date: addDays(date, rng.int(0, 20)),
      rating: r,
      note: r === "GOOD" && rng.chance(0.7) ? null : rng.pick(RATING_NOTES[r]),
    });
  }
  return out.filter((a) => a.date <= until);
}

export function addKpis(rng: Rng, plan: ContractPlan, asOf: Date, quirk: KpiQuirk): void {
  if (plan.status === "CANCELLED") return;
  if (quirk === "exempt") {
    plan.kpiExemptionReason = rng.pick(KPI_EXEMPTION_REASONS);
    return;
  }
  if (quirk === "missing") return;
  const big = plan.currentPence > FIVE_MILLION_PENCE;
  if (!big && !rng.chance(0.1)) return;
  const count = big ? rng.int(3, 5) : rng.int(1, 2);
  const cadence = rng.chance(0.6) ? 6 : 12;
  let until = minDate(asOf, plan.endDate);
  // Overdue: nothing rated for the last 13-20 months.
  if (quirk === "overdue") until = addMonths(asOf, -rng.int(13, 20));
  const accountable = [plan.lead.id, ...plan.members.map((m) => m.supplier.id)];
  for (const template of rng.sample(KPI_TEMPLATES, count)) {
    plan.kpis.push({
      ...template,
      accountableSupplierId: rng.chance(0.6) ? plan.lead.id : rng.pick(accountable),
      assessments: assessmentsFor(rng, plan.startDate, until, cadence),
    });
  }
}
