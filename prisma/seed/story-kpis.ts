// The Federated Data Platform's KPIs and social value commitments (illustrative).
import { addDays, addMonths } from "./dates";
import { rating } from "./kpis";
import type { Rng } from "./prng";
import type { KpiPlan, KpiRating, SocialValuePlan } from "./types";

type Accountable = { palantir: string; accenture: string; pwc: string; necs: string; cf: string };

/** Six-monthly ratings from six months after start; the first entries are fixed, then drawn. */
function rated(rng: Rng, start: Date, asOf: Date, fixed: readonly KpiRating[]): KpiPlan["assessments"] {
  const out: KpiPlan["assessments"] = [];
  for (let i = 0, d = addMonths(start, 6); d <= asOf; i++, d = addMonths(d, 6)) {
    const r = fixed[i] ?? rating(rng, out[out.length - 1]?.rating);
    out.push({
      date: addDays(d, 10),
      rating: r,
      note: r === "GOOD" ? null : "Below target for the period; recovery plan agreed with NHS England.",
    });
  }
  return out;
}

export function fdpKpis(rng: Rng, who: Accountable, start: Date, asOf: Date): KpiPlan[] {
  return [
    {
      name: "Platform availability",
      measure: "Percentage of core service hours the platform is available",
      target: "99.9% each month",
      accountableSupplierId: who.palantir,
      assessments: rated(rng, start, asOf, ["GOOD", "GOOD", "GOOD", "APPROACHING_TARGET", "GOOD", "GOOD"]),
    },
    {
      name: "Trusts live on the platform",
      measure: "NHS trusts using at least one platform product",
      target: "Trajectory agreed in the implementation plan",
      accountableSupplierId: who.accenture,
      assessments: rated(rng, start, asOf, [
        "REQUIRES_IMPROVEMENT",
        "APPROACHING_TARGET",
        "APPROACHING_TARGET",
        "GOOD",
        "GOOD",
        "GOOD",
      ]),
    },
    {
      name: "Incident resolution within SLA",
      measure: "Priority 1 and 2 incidents resolved within the agreed service levels",
      target: "95% of incidents",
      accountableSupplierId: who.palantir,
      assessments: rated(rng, start, asOf, ["GOOD", "GOOD", "GOOD", "GOOD", "GOOD", "GOOD"]),
    },
    {
      name: "Benefits realised",
      measure: "Benefits evidenced against the business case profile",
      target: "On profile each year",
      accountableSupplierId: who.pwc,
      assessments: rated(rng, start, asOf, [
        "OTHER",
        "APPROACHING_TARGET",
        "GOOD",
        "GOOD",
        "APPROACHING_TARGET",
        "GOOD",
      ]),
    },
    {
      name: "Data quality",
      measure: "Records passing validation when ingested",
      target: "98% of records",
      accountableSupplierId: who.necs,
      assessments: rated(rng, start, asOf, ["APPROACHING_TARGET", "GOOD", "GOOD", "GOOD", "GOOD", "GOOD"]),
    },
  ];
}

function sixMonthly(start: Date, asOf: Date, perPeriodHundredths: number): SocialValuePlan["deliveries"] {
  const out: SocialValuePlan["deliveries"] = [];
  for (let d = addMonths(start, 6); d <= asOf; d = addMonths(d, 6))
    out.push({ date: d, hundredths: perPeriodHundredths, note: null });
  return out;
}

export function fdpSocialValue(who: Accountable, start: Date, asOf: Date): SocialValuePlan[] {
  return [
    {
      theme: "Tackling economic inequality",
      description: "Data and engineering apprenticeships on the contract",
      measure: "apprenticeships",
      targetHundredths: 40_00,
      accountableSupplierId: who.palantir,
      deliveries: sixMonthly(start, asOf, 4_00),
    },
    {
      theme: "Equal opportunity",
      description: "Data skills training for NHS staff from under-represented groups",
      measure: "training hours for under-represented groups",
      targetHundredths: 5_000_00,
      accountableSupplierId: who.accenture,
      deliveries: sixMonthly(start, asOf, 450_00),
    },
    {
      theme: "Tackling economic inequality",
      description: "Supply-chain spend with SMEs and VCSEs",
      measure: "spend with SMEs and VCSEs (£)",
      targetHundredths: 5_000_000_00,
      accountableSupplierId: who.palantir,
      deliveries: sixMonthly(start, asOf, 310_000_00),
    },
  ];
}
