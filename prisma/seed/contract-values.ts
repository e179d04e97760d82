// Pure choices for a generated contract: value, term, extension options, tenderers, method, flags.
import { PROCUREMENT_ACT_IN_FORCE } from "./dates";
import type { Rng } from "./prng";
import type { Method, Route } from "./types";

type Band = readonly [number, number];

const COMPETED_BANDS: readonly (readonly [Band, number])[] = [
  [[100_000, 1_000_000], 50],
  [[1_000_000, 5_000_000], 33],
  [[5_000_000, 20_000_000], 13],
  [[20_000_000, 60_000_000], 3.5],
  [[60_000_000, 95_000_000], 0.5],
];
const DIRECT_BANDS: readonly (readonly [Band, number])[] = [
  [[100_000, 1_000_000], 60],
  [[1_000_000, 5_000_000], 32],
  [[5_000_000, 20_000_000], 8],
];

/** Award value in pence: log-uniform inside a band, usually a round number of thousands. */
export function pickValuePence(rng: Rng, route: Route): number {
  const [min, max] = rng.weighted(route === "DIRECT_AWARD" ? DIRECT_BANDS : COMPETED_BANDS);
  const pounds = rng.logUniform(min, max);
  return rng.chance(0.7) ? Math.round(pounds / 1000) * 100_000 : Math.round(pounds * 100);
}

/** Initial term in months, by route and (for call-offs) framework family. */
export function pickTermMonths(rng: Rng, route: Route, rmNumber: string | undefined): number {
  if (route === "DIRECT_AWARD") return rng.pick([3, 6, 12, 12, 18, 24]);
  if (route !== "FRAMEWORK_CALL_OFF") return rng.pick([24, 36, 48, 60, 84]);
  if (rmNumber?.startsWith("RM1557")) return rng.pick([12, 24, 24, 36]);
  if (rmNumber?.startsWith("RM1043")) return rng.pick([6, 12, 18, 24, 24]);
  if (rmNumber === "RM6100") return rng.pick([24, 36, 48, 60]);
  return rng.pick([12, 24, 36, 48]);
}

/** Extension period available at award (Digital Outcomes norm: 25% of the term). */
export function pickExtensionOptions(rng: Rng, route: Route, rmNumber: string | undefined, termMonths: number): number {
  if (route === "DIRECT_AWARD") return rng.pick([0, 0, 6]);
  if (rmNumber?.startsWith("RM1043")) return Math.round(termMonths * 0.25);
  if (rmNumber?.startsWith("RM1557")) return rng.pick([0, 12, 12, 24]);
  return rng.pick([0, 6, 12, 24, 24]);
}

export function pickTenderers(rng: Rng, route: Route): number {
  switch (route) {
    case "DIRECT_AWARD":
      return 1;
    case "OPEN":
      return rng.chance(0.12) ? 1 : rng.int(2, 11);
    case "FRAMEWORK_CALL_OFF":
      return rng.chance(0.1) ? 1 : rng.int(2, 9);
    default:
      return rng.chance(0.08) ? 1 : rng.int(2, 6);
  }
}

/** OCDS procurementMethod consistent with the route (direct awards: limited under PCR 2015, direct after). */
export function methodFor(rng: Rng, route: Route, awardDate: Date): Method {
  if (route === "OPEN") return "OPEN";
  if (route !== "DIRECT_AWARD") return "SELECTIVE";
  const underAct = awardDate.getTime() >= PROCUREMENT_ACT_IN_FORCE.getTime();
  return rng.chance(underAct ? 0.8 : 0.2) ? "DIRECT" : "LIMITED";
}

export type ContractFlags = {
  hasExitPlan: boolean;
  hasBreakClause: boolean;
  hasDataExportTerms: boolean;
  usesOpenStandards: boolean;
};

export function pickFlags(rng: Rng, route: Route): ContractFlags {
  const direct = route === "DIRECT_AWARD";
  const competed = route !== "FRAMEWORK_CALL_OFF" && !direct;
  return {
    hasExitPlan: rng.chance(direct ? 0.3 : competed ? 0.75 : 0.6),
    hasBreakClause: rng.chance(direct ? 0.4 : competed ? 0.8 : 0.7),
    hasDataExportTerms: rng.chance(direct ? 0.3 : competed ? 0.7 : 0.6),
    usesOpenStandards: rng.chance(direct ? 0.35 : 0.6),
  };
}

export const ROUTE_WEIGHTS: readonly (readonly [Route, number])[] = [
  ["FRAMEWORK_CALL_OFF", 55],
  ["OPEN", 11],
  ["RESTRICTED", 8],
  ["COMPETITIVE_FLEXIBLE", 7],
  ["DIRECT_AWARD", 19],
];

/** Award years weighted towards recent ones (more digital spend, more contracts still live). */
export const AWARD_YEAR_WEIGHTS: readonly (readonly [number, number])[] = [
  [2019, 8],
  [2020, 10],
  [2021, 12],
  [2022, 13],
  [2023, 15],
  [2024, 16],
  [2025, 16],
  [2026, 13],
];

/** Chance that the lead partner should be a large supplier, by award value. */
export function largeLeadChance(valuePence: number): number {
  if (valuePence > 500_000_000) return 0.85;
  if (valuePence > 100_000_000) return 0.55;
  return 0.3;
}
