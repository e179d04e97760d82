import { Decimal } from "decimal.js";

type Member = { pledgedSharePercent: { toString(): string }; joinedOn: Date; leftOn: Date | null };

/** Members in the partnership on a date: joined on or before it and not yet left. */
export function membersOn<T extends Member>(members: T[], date: Date): T[] {
  return members.filter((m) => m.joinedOn <= date && (m.leftOn === null || m.leftOn > date));
}

/** What the lead partner keeps: 100% less the shares pledged to current members (never below zero). */
export function leadPartnerShare(currentMembers: Member[]): Decimal {
  const pledged = currentMembers.reduce((sum, m) => sum.plus(m.pledgedSharePercent.toString()), new Decimal(0));
  return Decimal.max(new Decimal(100).minus(pledged), 0);
}
