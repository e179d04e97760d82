import { describe, expect, it } from "vitest";
import { changeNoticeRule, countedTogether, termChanges, type RuleChange, type RuleContract } from "./change-rule";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// £1,000,000 awarded after the Act; a term of exactly 1,000 days (1 Apr 2025 to 26 Dec 2027), no options.
const contract = (over: Partial<RuleContract> = {}): RuleContract => ({
  awardDate: day("2025-03-15"),
  category: "SERVICES",
  awardValue: "1000000.00",
  startDate: day("2025-04-01"),
  awardedEndDate: day("2027-12-26"),
  extensionOptionsMonths: 0,
  ...over,
});
let n = 0;
const change = (over: Partial<RuleChange> = {}): RuleChange => ({
  id: `c${++n}`,
  kind: "VALUE_CHANGE",
  date: day("2026-01-10"),
  valueChange: "0",
  newEndDate: null,
  endsContract: false,
  legalGround: "BELOW_THRESHOLD",
  connectedToId: null,
  ...over,
});
const verdict = (c: RuleContract, ...ledger: RuleChange[]) => changeNoticeRule(c, ledger, ledger.at(-1)!.id);

describe("the value threshold (s.75(2)(a))", () => {
  it.each([
    ["SERVICES", "100000.00", false, "exactly 10%"],
    ["SERVICES", "100000.01", true, "just over 10%"],
    ["SERVICES", "-100000.00", false, "a decrease of exactly 10%"],
    ["SERVICES", "-100000.01", true, "a decrease just over 10%"],
    ["GOODS", "100000.00", false, "exactly 10%"],
    ["GOODS", "100000.01", true, "just over 10%"],
    ["WORKS", "150000.00", false, "exactly 15%"],
    ["WORKS", "150000.01", true, "just over 15%"],
    ["WORKS", "100000.01", false, "over 10% but within 15%"],
  ] as const)("%s, a change of £%s: needs a notice %s (%s)", (category, valueChange, needed, _case) => {
    const v = verdict(contract({ category }), change({ valueChange }));
    expect(v.needsNotice).toBe(needed);
    expect(v.basis).toBe(needed ? "over-thresholds" : "within-thresholds");
  });
});

describe("the term threshold (s.75(2)(b)): 10% of the maximum term at award", () => {
  it.each([
    ["2028-04-04", 100, false], // exactly 10% of 1,000 days
    ["2028-04-05", 101, true], // just over
  ] as const)("an end date moved to %s (+%i days): needs a notice %s", (newEnd, days, needed) => {
    const v = verdict(contract(), change({ kind: "EXTENSION", newEndDate: day(newEnd) }));
    expect(v.termDays).toBe(days);
    expect(v.needsNotice).toBe(needed);
  });

  it("counts the extension options as part of the term provided for at award: exercising them moves nothing", () => {
    const c = contract({ awardedEndDate: day("2026-03-31"), extensionOptionsMonths: 12 });
    const exercised = change({ kind: "EXTENSION", newEndDate: day("2027-03-31") });
    expect(termChanges(c, [exercised]).get(exercised.id)).toBe(0);
    expect(verdict(c, exercised).needsNotice).toBe(false);
    // Beyond the options: 31 days past a 730-day maximum term is 4.2%, within; 74 days is 10.1%, over.
    expect(verdict(c, change({ kind: "EXTENSION", newEndDate: day("2027-05-01") })).needsNotice).toBe(false);
    expect(verdict(c, change({ kind: "EXTENSION", newEndDate: day("2027-06-13") })).needsNotice).toBe(true);
  });

  it("needs a notice when value is within its threshold but the term is not, and the other way round", () => {
    expect(
      verdict(contract(), change({ kind: "EXTENSION", valueChange: "1000.00", newEndDate: day("2028-06-01") }))
        .needsNotice,
    ).toBe(true);
    expect(
      verdict(contract(), change({ kind: "EXTENSION", valueChange: "200000.00", newEndDate: day("2028-01-01") }))
        .needsNotice,
    ).toBe(true);
  });

  it("cannot show a term change within 10% when the awarded end date is not recorded", () => {
    const v = verdict(contract({ awardedEndDate: null }), change({ kind: "EXTENSION", newEndDate: day("2028-01-01") }));
    expect(v).toMatchObject({ needsNotice: true, basis: "term-unknown" });
    // A value-only change is still judged on its value.
    expect(verdict(contract({ awardedEndDate: null }), change({ valueChange: "5000.00" })).needsNotice).toBe(false);
  });
});

describe("changes that should have been one are counted together (s.75(4)-(5))", () => {
  it("a change within the threshold on its own needs a notice when, with the earlier change it is linked to, it is over", () => {
    const first = change({ valueChange: "60000.00", date: day("2026-01-10") });
    const second = change({ valueChange: "50000.00", date: day("2026-02-10"), connectedToId: first.id });
    expect(changeNoticeRule(contract(), [first, second], first.id).needsNotice).toBe(false);
    const v = changeNoticeRule(contract(), [first, second], second.id);
    expect(v).toMatchObject({ needsNotice: true, basis: "counted-together", countedWith: [first.id] });
    expect(v.valueFraction?.toString()).toBe("0.11");
  });

  it("unlinked changes are judged one by one", () => {
    const first = change({ valueChange: "60000.00", date: day("2026-01-10") });
    const second = change({ valueChange: "50000.00", date: day("2026-02-10") });
    expect(changeNoticeRule(contract(), [first, second], second.id)).toMatchObject({
      needsNotice: false,
      countedWith: [],
    });
  });

  it("follows a chain of links, and stays within the threshold when the total does (exactly 10%)", () => {
    const a = change({ valueChange: "40000.00", date: day("2026-01-10") });
    const b = change({ valueChange: "30000.00", date: day("2026-02-10"), connectedToId: a.id });
    const c = change({ valueChange: "30000.00", date: day("2026-03-10"), connectedToId: b.id });
    expect(countedTogether([a, b, c], c.id).map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect(changeNoticeRule(contract(), [a, b, c], c.id)).toMatchObject({
      needsNotice: false,
      basis: "within-thresholds",
    });
    const d = change({ valueChange: "0.01", date: day("2026-04-10"), connectedToId: a.id });
    expect(changeNoticeRule(contract(), [a, b, c, d], d.id)).toMatchObject({
      needsNotice: true,
      basis: "counted-together",
      countedWith: [a.id, b.id, c.id],
    });
  });

  it("never counts a later change into an earlier one's verdict", () => {
    const a = change({ valueChange: "60000.00", date: day("2026-01-10") });
    const b = change({ valueChange: "60000.00", date: day("2026-02-10"), connectedToId: a.id });
    expect(changeNoticeRule(contract(), [b, a], a.id)).toMatchObject({ needsNotice: false, countedWith: [] });
  });

  it("counts term changes together as well", () => {
    const a = change({ kind: "EXTENSION", newEndDate: day("2028-02-20"), date: day("2026-01-10") }); // +56 days
    const b = change({
      kind: "EXTENSION",
      newEndDate: day("2028-04-10"),
      date: day("2026-02-10"),
      connectedToId: a.id,
    }); // +50
    expect(changeNoticeRule(contract(), [a, b], b.id)).toMatchObject({
      needsNotice: true,
      basis: "counted-together",
      termDays: 106,
    });
  });
});

describe("the other grounds", () => {
  it("a novation or assignment on corporate restructuring always needs a notice, whatever its size", () => {
    expect(verdict(contract(), change({ kind: "OTHER", legalGround: "CORPORATE_RESTRUCTURING" }))).toMatchObject({
      needsNotice: true,
      basis: "corporate-restructuring",
    });
  });

  it("a change recorded as not substantial needs none, unless it moves the term by more than 10% (which is substantial)", () => {
    expect(verdict(contract(), change({ valueChange: "300000.00", legalGround: "NOT_SUBSTANTIAL" }))).toMatchObject({
      needsNotice: false,
      basis: "not-substantial",
    });
    expect(
      verdict(contract(), change({ kind: "EXTENSION", newEndDate: day("2028-04-05"), legalGround: "NOT_SUBSTANTIAL" }))
        .needsNotice,
    ).toBe(true);
  });

  it("a contract awarded before 24 February 2025 is changed under the 2015 Regulations: no UK10", () => {
    expect(verdict(contract({ awardDate: day("2025-02-23") }), change({ valueChange: "900000.00" }))).toMatchObject({
      needsNotice: false,
      basis: "before-act",
    });
    expect(verdict(contract({ awardDate: day("2025-02-24") }), change({ valueChange: "900000.00" })).needsNotice).toBe(
      true,
    );
  });

  it("the record of a contract ending is no modification", () => {
    expect(
      verdict(contract(), change({ kind: "OTHER", endsContract: true, newEndDate: day("2026-06-30") })),
    ).toMatchObject({ needsNotice: false, basis: "not-a-modification" });
  });

  it("says why, with the figures", () => {
    expect(verdict(contract(), change({ valueChange: "100000.01" })).reason).toBe(
      "Over the thresholds of s.75(2) (10% of value for services, 10% of term): value +£100,000.01 (10% of the award), term +0 days.",
    );
  });
});
