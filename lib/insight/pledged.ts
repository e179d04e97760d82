// Pledged vs delivered: each SME member's pledged share of the contract against the share of the
// contract's spend that actually reached it. "Tokenism": named in the bid, then given little work.
import { Decimal } from "decimal.js";

type Money = { toString(): string } | string;

/** Delivered below this fraction of the pledge counts as tokenism (e.g. pledged 10%, got under 5%). */
export const TOKENISM_RATIO = new Decimal("0.5");

export type MemberDelivery = {
  supplierId: string;
  pledgedSharePercent: Money;
  /** Direct and indirect spend the member received on this contract. */
  received: Money;
};

export type MemberOutcome = {
  supplierId: string;
  pledged: Decimal;
  delivered: Decimal;
  /** Pledged minus delivered, in percentage points (positive: got less than pledged). */
  shortfall: Decimal;
  tokenism: boolean;
};

/** Shares are fractions (0-1) of the contract's direct spend (what the department paid). */
export function pledgedVsDelivered(contractSpend: Money, members: MemberDelivery[]): MemberOutcome[] {
  const total = new Decimal(contractSpend.toString());
  return members.map((m) => {
    const pledged = new Decimal(m.pledgedSharePercent.toString()).div(100);
    const delivered = total.gt(0) ? new Decimal(m.received.toString()).div(total) : new Decimal(0);
    return {
      supplierId: m.supplierId,
      pledged,
      delivered,
      shortfall: pledged.minus(delivered).times(100),
      tokenism: pledged.gt(0) && delivered.lt(pledged.times(TOKENISM_RATIO)),
    };
  });
}

/** Partnerships with tokenism first, then by the largest shortfall. */
export function byTokenism<T extends { members: MemberOutcome[] }>(partnerships: T[]): T[] {
  const worst = (p: T) => p.members.reduce((max, m) => Decimal.max(max, m.shortfall), new Decimal(-Infinity));
  const flagged = (p: T) => (p.members.some((m) => m.tokenism) ? 1 : 0);
  return [...partnerships].sort((a, b) => flagged(b) - flagged(a) || worst(b).comparedTo(worst(a)));
}
