// When a contract change needs a contract change notice (UK10) before it takes effect: Procurement Act 2023
// s.74-75 as docs/decisions/050-change-notice-rule.md reads them. Pure: the contract and its ledger in, a verdict out.
import { Decimal } from "decimal.js";
import { PROCUREMENT_ACT_IN_FORCE } from "@/lib/contracts/rules";
import { formatMoney, formatPercent } from "@/lib/format";
import { addDays, addMonths, daysBetween } from "@/lib/notices/calendar";
import { type Category, type ChangeGround, TERM_THRESHOLD, VALUE_THRESHOLD } from "./grounds";
import type { ChangeRow } from "./ledger";

export type RuleContract = {
  awardDate: Date;
  category: Category;
  awardValue: { toString(): string };
  startDate: Date;
  awardedEndDate: Date | null;
  extensionOptionsMonths: number;
};
export type RuleChange = ChangeRow & { legalGround: ChangeGround; connectedToId: string | null };

export type Basis =
  | "not-a-modification"
  | "before-act"
  | "corporate-restructuring"
  | "term-unknown"
  | "within-thresholds"
  | "not-substantial"
  | "counted-together"
  | "over-thresholds";

export type Verdict = {
  needsNotice: boolean;
  basis: Basis;
  reason: string;
  /** The change with any earlier changes it is counted together with: value and term moved, as fractions. */
  value: Decimal;
  valueFraction: Decimal | null;
  termDays: number;
  termFraction: Decimal | null;
  /** Earlier changes counted with this one (s.75(4)). */
  countedWith: string[];
};

type Figures = Omit<Verdict, "needsNotice" | "basis" | "reason">;
const verdict =
  (needsNotice: boolean) =>
  (basis: Basis, reason: string, figures: Figures): Verdict => ({
    needsNotice,
    basis,
    reason,
    ...figures,
  });
const not = verdict(false);
const needs = verdict(true);

/** The last day of the longest term the contract provided for at award (its end date with every extension option). */
export function maximumEndAtAward(c: RuleContract): Date | null {
  return c.awardedEndDate ? addDays(addMonths(addDays(c.awardedEndDate, 1), c.extensionOptionsMonths), -1) : null;
}

/**
 * Days each change moved the term by, beyond what the contract provided for at award: extending within the
 * extension options is no change of the maximum term; an end date brought forward shortens it.
 */
export function termChanges(c: RuleContract, ledger: RuleChange[]): Map<string, number> {
  const maxEnd = maximumEndAtAward(c);
  const moved = new Map<string, number>();
  let reach = maxEnd;
  let end = c.awardedEndDate;
  for (const change of ledger) {
    if (!change.newEndDate || change.endsContract) continue;
    if (!reach || !end) {
      moved.set(change.id, Number.NaN);
      continue;
    }
    const days =
      change.newEndDate > end
        ? Math.max(0, daysBetween(reach, change.newEndDate))
        : daysBetween(end, change.newEndDate);
    moved.set(change.id, days);
    end = change.newEndDate;
    if (change.newEndDate > reach) reach = change.newEndDate;
  }
  return moved;
}

/** The change and the earlier changes linked to it (either way, through any chain of links): s.75(4)'s "made together". */
export function countedTogether(ledger: RuleChange[], changeId: string): RuleChange[] {
  const index = ledger.findIndex((c) => c.id === changeId);
  const earlier = ledger.slice(0, index + 1);
  const group = new Set([changeId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of earlier) {
      const linked = group.has(c.id) || (c.connectedToId !== null && group.has(c.connectedToId));
      if (!linked) continue;
      for (const id of [c.id, c.connectedToId])
        if (id && earlier.some((e) => e.id === id) && !group.has(id)) {
          group.add(id);
          grew = true;
        }
    }
  }
  return earlier.filter((c) => group.has(c.id));
}

/** Changes in ledger order: by date, then as recorded. */
export const inLedgerOrder = <T extends { date: Date }>(changes: T[]) =>
  [...changes].sort((a, b) => a.date.getTime() - b.date.getTime());

export function changeNoticeRule(c: RuleContract, ledgerInput: RuleChange[], changeId: string): Verdict {
  const ledger = inLedgerOrder(ledgerInput);
  const change = ledger.find((x) => x.id === changeId);
  if (!change) throw new Error(`No change ${changeId} in the ledger`);
  const terms = termChanges(c, ledger);
  const award = new Decimal(c.awardValue.toString());
  const maxEnd = maximumEndAtAward(c);
  const maxTermDays = maxEnd ? daysBetween(c.startDate, maxEnd) + 1 : null;
  const figuresOf = (group: RuleChange[]) => {
    const value = group.reduce((sum, g) => sum.plus(g.valueChange.toString()), new Decimal(0));
    const termDays = group.reduce((sum, g) => sum + (terms.get(g.id) ?? 0), 0);
    return {
      value,
      valueFraction: award.isZero() ? null : value.abs().dividedBy(award),
      termDays,
      termFraction:
        maxTermDays && !Number.isNaN(termDays) ? new Decimal(Math.abs(termDays)).dividedBy(maxTermDays) : null,
    };
  };
  const group = countedTogether(ledger, changeId);
  const combined = { ...figuresOf(group), countedWith: group.filter((g) => g.id !== changeId).map((g) => g.id) };
  const own = figuresOf([change]);

  if (change.endsContract)
    return not(
      "not-a-modification",
      "The contract's ending is no modification: a contract termination notice (UK11) follows it.",
      combined,
    );
  if (c.awardDate < PROCUREMENT_ACT_IN_FORCE) {
    return not(
      "before-act",
      "Awarded before 24 February 2025: the Public Contracts Regulations 2015 still govern its changes, not the Procurement Act 2023.",
      combined,
    );
  }
  if (change.legalGround === "CORPORATE_RESTRUCTURING") {
    return needs(
      "corporate-restructuring",
      "A novation or assignment on corporate restructuring always needs a contract change notice (s.75(2), Schedule 8 paragraph 9).",
      combined,
    );
  }
  const threshold = VALUE_THRESHOLD[c.category];
  const within = (f: ReturnType<typeof figuresOf>) =>
    (f.valueFraction === null || f.valueFraction.lte(threshold)) &&
    f.termFraction !== null &&
    f.termFraction.lte(TERM_THRESHOLD);
  const termKnown = (f: ReturnType<typeof figuresOf>) => f.termDays === 0 || f.termFraction !== null;
  const describe = (f: ReturnType<typeof figuresOf>) =>
    `value ${f.value.isNegative() ? "" : "+"}${formatMoney(f.value)}${f.valueFraction ? ` (${formatPercent(f.valueFraction.toString())} of the award)` : ""}, term ${f.termDays >= 0 ? "+" : ""}${f.termDays} days${f.termFraction && f.termDays !== 0 ? ` (${formatPercent(f.termFraction.toString())} of the maximum term)` : ""}`;
  const limits = `${formatPercent(threshold.toString())} of value for ${c.category.toLowerCase()}, 10% of term`;
  const termless = { ...combined, termFraction: combined.termDays === 0 ? new Decimal(0) : combined.termFraction };

  if (!termKnown(combined))
    return needs(
      "term-unknown",
      "The contract's awarded end date is not recorded, so the change of term cannot be shown to be within 10%.",
      combined,
    );
  if (within(termless)) {
    const together = combined.countedWith.length
      ? `, counted with ${combined.countedWith.length} earlier change${combined.countedWith.length === 1 ? "" : "s"}`
      : "";
    return not(
      "within-thresholds",
      `Within the thresholds of s.75(2) (${limits}): ${describe(termless)}${together}.`,
      termless,
    );
  }
  if (
    change.legalGround === "NOT_SUBSTANTIAL" &&
    termless.termFraction !== null &&
    termless.termFraction.lte(TERM_THRESHOLD)
  ) {
    return not(
      "not-substantial",
      `Recorded as not a substantial modification (s.74(2)(b)): ${describe(termless)}.`,
      termless,
    );
  }
  const ownTermless = { ...own, termFraction: own.termDays === 0 ? new Decimal(0) : own.termFraction };
  if (combined.countedWith.length && within(ownTermless)) {
    return needs(
      "counted-together",
      `On its own within the thresholds, but counted with the earlier change${combined.countedWith.length === 1 ? "" : "s"} it could have been made with (s.75(4)-(5)): ${describe(termless)}, over ${limits}.`,
      termless,
    );
  }
  return needs("over-thresholds", `Over the thresholds of s.75(2) (${limits}): ${describe(termless)}.`, termless);
}
