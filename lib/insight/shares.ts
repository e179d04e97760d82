// SME share and market concentration: plain functions over sums that SQL has already computed.
// Money arrives as exact decimal strings; shares are returned as Decimal fractions (0-1).
import { Decimal } from "decimal.js";

type Money = { toString(): string } | string;
const dec = (m: Money) => new Decimal(m.toString());
const ratio = (part: Money, whole: Money) => (dec(whole).isZero() ? new Decimal(0) : dec(part).div(dec(whole)));

export type SmeSpend = {
  /** DIRECT spend paid to suppliers that were SMEs on the payment date. */
  directToSmes: Money;
  /** All DIRECT spend: what the department paid. The denominator of every share. */
  directTotal: Money;
  /** INDIRECT spend (lead partner to member) that reached SMEs on the payment date. */
  indirectToSmes: Money;
};

export type SmeShare = { direct: Decimal; indirect: Decimal; total: Decimal };

/**
 * Direct share = SME direct spend / all direct spend; indirect share = SME indirect spend / all direct
 * spend (indirect money is part of what the department paid, so the same denominator); total = both.
 */
export function smeShare(spend: SmeSpend): SmeShare {
  const direct = ratio(spend.directToSmes, spend.directTotal);
  const indirect = ratio(spend.indirectToSmes, spend.directTotal);
  return { direct, indirect, total: direct.plus(indirect) };
}

/** Against the target (a percentage, e.g. 30.00): met when the share reaches it. */
export function meetsTarget(share: Decimal, targetPercent: Money | null): boolean | null {
  if (targetPercent === null) return null;
  return share.times(100).gte(dec(targetPercent));
}

export type Concentration = { total: Decimal; top5Share: Decimal; hhi: Decimal; suppliers: number };

/**
 * Top-5 share and the Herfindahl-Hirschman index (sum of squared percentage shares, 0-10,000)
 * of spend by supplier within one market (a capability or a department). Negative totals
 * (credits exceeding payments) are left out: they are not market share.
 */
export function concentration(spendBySupplier: Money[]): Concentration {
  const amounts = spendBySupplier.map(dec).filter((d) => d.gt(0));
  const total = amounts.reduce((s, d) => s.plus(d), new Decimal(0));
  if (total.isZero()) return { total, top5Share: new Decimal(0), hhi: new Decimal(0), suppliers: 0 };
  const sorted = [...amounts].sort((a, b) => b.comparedTo(a));
  const top5 = sorted.slice(0, 5).reduce((s, d) => s.plus(d), new Decimal(0));
  const hhi = amounts.reduce((s, d) => s.plus(d.div(total).times(100).pow(2)), new Decimal(0));
  return { total, top5Share: top5.div(total), hhi: hhi.toDecimalPlaces(0), suppliers: amounts.length };
}

/** US DoJ / CMA bands: under 1,500 unconcentrated, 1,500-2,500 moderately, above 2,500 highly concentrated. */
export function hhiBand(hhi: Decimal): "unconcentrated" | "moderate" | "high" {
  if (hhi.gt(2500)) return "high";
  if (hhi.gte(1500)) return "moderate";
  return "unconcentrated";
}
