// Social value (PPN 06/20, then PPN 002): commitments made at award, tracked against delivery.
import { addMonths, daysBetween, minDate, utc } from "./dates";
import { allocate } from "./money";
import type { Rng } from "./prng";
import { SOCIAL_VALUE_TEMPLATES } from "./ref-text";
import type { ContractPlan } from "./types";

const SOCIAL_VALUE_FROM = utc(2021, 1, 1);

export function addSocialValue(rng: Rng, plan: ContractPlan, asOf: Date): void {
  if (plan.status === "CANCELLED" || plan.awardDate < SOCIAL_VALUE_FROM || plan.awardPence < 100_000_000) return;
  if (!rng.chance(0.5)) return;
  const accountable = [plan.lead.id, ...plan.members.map((m) => m.supplier.id)];
  for (const template of rng.sample(SOCIAL_VALUE_TEMPLATES, rng.int(1, 3))) {
    const target = Math.round(rng.logUniform(template.min, template.max));
    const targetHundredths = template.money ? Math.round(target / 1000) * 100_000 : target * 100;
    const deliveryDates: Date[] = [];
    const last = minDate(asOf, plan.endDate);
    for (let d = addMonths(plan.startDate, 6); d <= last; d = addMonths(d, 6)) deliveryDates.push(d);
    // Delivered so far: the elapsed share of the target, times how well this supplier is doing.
    const elapsed = Math.min(
      1,
      Math.max(0, daysBetween(plan.startDate, last) / Math.max(1, daysBetween(plan.startDate, plan.endDate))),
    );
    const delivered = Math.round(targetHundredths * elapsed * rng.float(0.3, 1.2));
    const unit = template.money ? 1 : 100;
    const parts = allocate(
      Math.floor(delivered / unit),
      deliveryDates.map(() => rng.float(0.5, 1.5)),
    );
    plan.socialValue.push({
      theme: template.theme,
      description: template.description,
      measure: template.measure,
      targetHundredths,
      accountableSupplierId: rng.chance(0.7) ? plan.lead.id : rng.pick(accountable),
      deliveries: deliveryDates
        .map((date, i) => ({ date, hundredths: (parts[i] ?? 0) * unit, note: null }))
        .filter((d) => d.hundredths > 0),
    });
  }
}
