// What happened to a contract after award, as at the demo's date: extensions (each an EXTENSION
// amendment with its new end date and value), value and scope changes, early termination,
// cancellation; then its status. currentValue = awardValue + the sum of valueChange.
import { addDays, addMonths, daysBetween, minDate, randomDate } from "./dates";
import type { Rng } from "./prng";
import type { ContractPlan, ContractStatus } from "./types";

const SCOPE_CHANGES = [
  "Scope extended to cover an additional business area.",
  "Additional environments and integrations required by the live service.",
  "Further delivery teams for a policy change announced after award.",
];

export function monthlyRatePence(plan: ContractPlan): number {
  const months = Math.max(1, Math.round(daysBetween(plan.startDate, plan.endDate) / 30.44));
  return plan.awardPence / months;
}

export function applyLifecycle(rng: Rng, plan: ContractPlan, asOf: Date): void {
  if (rng.chance(0.008)) {
    plan.status = "CANCELLED";
    return;
  }
  const rate = monthlyRatePence(plan);
  const now = asOf.getTime();
  const originalEnd = plan.endDate;
  plan.awardedEndDate = originalEnd;

  // Scope and value changes part-way through.
  if (plan.startDate.getTime() < now && rng.chance(0.1)) {
    const date = randomDate(rng, addDays(plan.startDate, 60), minDate(plan.endDate, asOf));
    const uplift = rng.chance(0.7) ? Math.round(plan.awardPence * rng.float(0.05, 0.6)) : 0;
    plan.amendments.push({
      kind: uplift > 0 && rng.chance(0.6) ? "VALUE_CHANGE" : "SCOPE_CHANGE",
      date,
      rationale: rng.pick(SCOPE_CHANGES),
      valuePence: uplift,
      newEndDate: null,
    });
  }

  // Extensions, taken from the options available at award, decided before the current end.
  let optionsLeft = plan.extensionOptionsMonths;
  for (let round = 0; optionsLeft > 0 && round < 3; round++) {
    const decisionDue = addDays(plan.endDate, -rng.int(14, 90));
    if (decisionDue.getTime() > now || decisionDue < plan.startDate) break;
    if (!rng.chance(round === 0 ? 0.5 : 0.35)) break;
    const months = optionsLeft > 12 ? 12 : optionsLeft > 6 && rng.chance(0.5) ? 6 : optionsLeft;
    const newEnd = addDays(addMonths(addDays(plan.endDate, 1), months), -1);
    plan.amendments.push({
      kind: "EXTENSION",
      date: decisionDue,
      rationale: `Option to extend by ${months} months exercised.`,
      valuePence: Math.round(rate * months * rng.float(0.85, 1.15)),
      newEndDate: newEnd,
      extensionMonths: months,
    });
    plan.endDate = newEnd;
    plan.extensionsUsed += 1;
    optionsLeft -= months;
  }

  // A few contracts end early through the break clause.
  const runningSince = daysBetween(plan.startDate, asOf);
  if (plan.hasBreakClause && runningSince > 240 && rng.chance(0.025)) {
    const end = randomDate(rng, addDays(plan.startDate, 180), minDate(addDays(plan.endDate, -30), addDays(asOf, -1)));
    const notice = addDays(end, -rng.int(30, 90));
    // Whatever had been agreed after the notice never happened.
    const kept = plan.amendments.filter((a) => a.date < notice);
    const endAtNotice = kept.reduce((e, a) => a.newEndDate ?? e, originalEnd);
    if (end > plan.startDate && end < endAtNotice && notice > plan.startDate) {
      plan.amendments = kept;
      plan.amendments.push({
        kind: "OTHER",
        date: notice,
        rationale: "Terminated early by the authority under the break clause.",
        valuePence: 0,
        newEndDate: end,
        endsContract: true,
      });
      plan.endDate = end;
      plan.status = "TERMINATED";
      plan.extensionsUsed = plan.amendments.filter((a) => a.kind === "EXTENSION").length;
    }
  }

  plan.amendments.sort((a, b) => a.date.getTime() - b.date.getTime());
  plan.currentPence = plan.awardPence + plan.amendments.reduce((sum, a) => sum + a.valuePence, 0);
  plan.status = statusAt(plan, asOf);
}

export function statusAt(plan: ContractPlan, asOf: Date): ContractStatus {
  if (plan.status === "CANCELLED") return "CANCELLED";
  if (plan.startDate.getTime() > asOf.getTime()) return "PLANNED";
  if (plan.endDate.getTime() < asOf.getTime()) return plan.status === "TERMINATED" ? "TERMINATED" : "EXPIRED";
  return "ACTIVE";
}
