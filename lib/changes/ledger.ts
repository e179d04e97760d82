// The change ledger: what each modification changed, and how far the contract has drifted from what was awarded.
// Pure: plain rows in, figures out (lib/changes/change-rule.ts decides which changes need a UK10 notice).
import { Decimal } from "decimal.js";
import { daysBetween } from "@/lib/notices/calendar";

type Money = { toString(): string };

export const CHANGE_KINDS = ["VALUE", "TERM", "SUPPLIERS_ADDED", "SUPPLIERS_REMOVED", "SCOPE", "OTHER"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  VALUE: "Value",
  TERM: "Term",
  SUPPLIERS_ADDED: "Supplier added",
  SUPPLIERS_REMOVED: "Supplier removed",
  SCOPE: "Scope",
  OTHER: "Other",
};

export type ChangeRow = {
  id: string;
  kind: "EXTENSION" | "VALUE_CHANGE" | "SCOPE_CHANGE" | "MEMBER_ADDED" | "MEMBER_REMOVED" | "OTHER";
  date: Date;
  valueChange: Money;
  newEndDate: Date | null;
  endsContract: boolean;
};

/**
 * What a change changed: its value when the value moved, its term when the end date moved, suppliers added or
 * removed, its scope. One record may change several (a scope change with a price). A contract's ending is none.
 */
export function changeKindsOf(change: Omit<ChangeRow, "id" | "date">): ChangeKind[] {
  if (change.endsContract) return [];
  const kinds: ChangeKind[] = [];
  if (!new Decimal(change.valueChange.toString()).isZero()) kinds.push("VALUE");
  if (change.newEndDate) kinds.push("TERM");
  if (change.kind === "MEMBER_ADDED") kinds.push("SUPPLIERS_ADDED");
  if (change.kind === "MEMBER_REMOVED") kinds.push("SUPPLIERS_REMOVED");
  if (change.kind === "SCOPE_CHANGE") kinds.push("SCOPE");
  if (kinds.length === 0) kinds.push("OTHER");
  return kinds;
}

export type ContractTerms = {
  awardValue: Money;
  currentValue: Money;
  startDate: Date;
  /** The end date as awarded; null when it was never recorded (changed before the ledger kept it). */
  awardedEndDate: Date | null;
  endDate: Date;
  extensionOptionsMonths: number;
};

export type Drift = {
  value: { awarded: Decimal; current: Decimal; change: Decimal; fraction: Decimal | null };
  /** Null when the awarded end date is not recorded. */
  term: { awardedDays: number; currentDays: number; changeDays: number; fraction: Decimal | null } | null;
};

/** The cumulative drift from the awarded contract: value and term, in money or days and as a fraction of the award. */
export function driftFromAward(c: ContractTerms): Drift {
  const awarded = new Decimal(c.awardValue.toString());
  const current = new Decimal(c.currentValue.toString());
  const change = current.minus(awarded);
  const value = { awarded, current, change, fraction: awarded.isZero() ? null : change.dividedBy(awarded) };
  if (!c.awardedEndDate) return { value, term: null };
  // Terms count both ends: a contract from 1 Jan to 31 Dec runs 365 days.
  const awardedDays = daysBetween(c.startDate, c.awardedEndDate) + 1;
  const currentDays = daysBetween(c.startDate, c.endDate) + 1;
  const changeDays = currentDays - awardedDays;
  return {
    value,
    term: {
      awardedDays,
      currentDays,
      changeDays,
      fraction: awardedDays > 0 ? new Decimal(changeDays).dividedBy(awardedDays) : null,
    },
  };
}
