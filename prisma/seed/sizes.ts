// Size declarations: facts drawn inside a band, then classified by the product's own rule
// (lib/suppliers/size.ts), so the stored class is exactly what the app would derive.
import { classifySize } from "../../lib/suppliers/size";
import { addDays, minDate, utc } from "./dates";
import type { Rng } from "./prng";
import type { SizeClass } from "./types";

export type SizeDeclarationPlan = {
  asOf: Date;
  staffCount: number;
  turnoverPence: number;
  balanceSheetPence: number;
  sizeClass: SizeClass;
  isSme: boolean;
};

const BANDS: Record<SizeClass, { staff: [number, number]; turnover: [number, number]; balance: [number, number] }> = {
  MICRO: { staff: [1, 9], turnover: [60_000, 1_900_000], balance: [15_000, 1_500_000] },
  SMALL: { staff: [10, 49], turnover: [900_000, 12_000_000], balance: [250_000, 6_000_000] },
  MEDIUM: { staff: [50, 240], turnover: [6_000_000, 42_000_000], balance: [2_000_000, 30_000_000] },
  LARGE: { staff: [280, 40_000], turnover: [50_000_000, 3_000_000_000], balance: [40_000_000, 2_000_000_000] },
};

export function declare(rng: Rng, asOf: Date, intended: SizeClass): SizeDeclarationPlan {
  const band = BANDS[intended];
  const staffCount = Math.round(rng.logUniform(band.staff[0], band.staff[1] + 1));
  const turnoverPence = Math.round(rng.logUniform(band.turnover[0], band.turnover[1])) * 100;
  const balanceSheetPence = Math.round(rng.logUniform(band.balance[0], band.balance[1])) * 100;
  const result = classifySize({
    staffCount,
    turnover: (turnoverPence / 100).toFixed(2),
    balanceSheetTotal: (balanceSheetPence / 100).toFixed(2),
  });
  return { asOf, staffCount, turnoverPence, balanceSheetPence, sizeClass: result.sizeClass, isSme: result.isSme };
}

/** The class each successive declaration intends, for a supplier's size story. */
export function sizePath(rng: Rng, story: "stable" | "grower" | "large", start: SizeClass): SizeClass[] {
  if (story === "large") return Array.from({ length: rng.int(1, 3) }, () => "LARGE" as const);
  if (story === "grower") return start === "SMALL" ? ["SMALL", "MEDIUM", "LARGE"] : [start, "LARGE"];
  const path: SizeClass[] = [start];
  const more = rng.int(0, 2);
  for (let i = 0; i < more; i++) {
    const last = path[path.length - 1] as SizeClass;
    // Most SMEs stay in their band; a few step up (micro to small, small to medium).
    path.push(rng.chance(0.15) && last === "MICRO" ? "SMALL" : rng.chance(0.1) && last === "SMALL" ? "MEDIUM" : last);
  }
  return path;
}

/** Dated declarations: the first by March 2019 (before the earliest award), then every 1-2.5 years. */
export function declarationsFor(rng: Rng, path: readonly SizeClass[], asOf: Date): SizeDeclarationPlan[] {
  const out: SizeDeclarationPlan[] = [];
  let date = addDays(utc(2018, 3, 31), rng.int(0, 365));
  for (const intended of path) {
    if (date.getTime() > asOf.getTime()) break;
    out.push(declare(rng, date, intended));
    date = minDate(addDays(date, rng.int(330, 900)), addDays(asOf, 1));
  }
  return out;
}
