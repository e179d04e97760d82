// Route-to-market and partnership rules for writing contracts. Plain functions over plain data: the
// actions load the rows, these decide. No Prisma, no React.
import { Decimal } from "decimal.js";

type DecimalLike = { toString(): string };

export type RouteToMarket = "FRAMEWORK_CALL_OFF" | "OPEN" | "RESTRICTED" | "COMPETITIVE_FLEXIBLE" | "DIRECT_AWARD";
export type ProcurementMethod = "OPEN" | "SELECTIVE" | "LIMITED" | "DIRECT";

/** Procurement Act 2023 in force: direct awards after it are OCDS "direct", before it "limited" (PCR 2015 negotiated without notice). */
export const PROCUREMENT_ACT_IN_FORCE = new Date("2025-02-24T00:00:00Z");

/** The OCDS procurementMethod a route to market publishes as. */
export function procurementMethodFor(route: RouteToMarket, awardDate: Date): ProcurementMethod {
  switch (route) {
    case "OPEN":
      return "OPEN";
    case "DIRECT_AWARD":
      return awardDate >= PROCUREMENT_ACT_IN_FORCE ? "DIRECT" : "LIMITED";
    default:
      // Framework call-offs, restricted and competitive flexible: only selected suppliers may bid.
      return "SELECTIVE";
  }
}

export type LotMembershipFact = {
  lotId: string;
  status: "CLAIMED" | "VERIFIED" | "REJECTED";
  startDate: Date;
  endDate: Date | null;
};

/**
 * The call-off rule, the only one: why a lead partner may not be awarded a call-off from a lot on a date,
 * or null when it may. Only a VERIFIED membership whose dates cover the award date counts; a claim or a
 * rejected one never does. Membership dates are calendar dates (held at midnight UTC), so the award is
 * compared by its calendar date, whatever its time of day.
 */
export function callOffIneligibility(memberships: LotMembershipFact[], lotId: string, awardDate: Date): string | null {
  const onLot = memberships.filter((m) => m.lotId === lotId);
  if (onLot.length === 0) return "The lead partner is not a member of this lot.";
  const verified = onLot.filter((m) => m.status === "VERIFIED");
  if (verified.length === 0) return "The lead partner's membership of this lot has not been verified.";
  const day = Date.UTC(awardDate.getUTCFullYear(), awardDate.getUTCMonth(), awardDate.getUTCDate());
  const covering = verified.some(
    (m) => m.startDate.getTime() <= day && (m.endDate === null || m.endDate.getTime() >= day),
  );
  return covering ? null : "The lead partner's verified membership of this lot does not cover the award date.";
}

/** Pledged shares of current members, with one more (or one changed) pledge, must total at most 100%. */
export function pledgedShareTotal(currentShares: DecimalLike[], added: DecimalLike): Decimal {
  return currentShares.reduce<Decimal>((sum, s) => sum.plus(s.toString()), new Decimal(added.toString()));
}

export function pledgedSharesExceed(currentShares: DecimalLike[], added: DecimalLike): boolean {
  return pledgedShareTotal(currentShares, added).greaterThan(100);
}

/** Award value plus every amendment's value change: the value is never edited silently. */
export function currentValueOf(awardValue: DecimalLike, valueChanges: DecimalLike[]): Decimal {
  return valueChanges.reduce<Decimal>((sum, v) => sum.plus(v.toString()), new Decimal(awardValue.toString()));
}
