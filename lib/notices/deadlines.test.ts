// Each deadline falls on the right day, with a fixed clock and dates in Europe/London.
import { describe, expect, it } from "vitest";
import { dayOfFinancialYear, financialYearOf } from "./calendar";
import { contractObligations, endedOn, type NoticeFact, type ObligationContract } from "./obligations";
import { expectedSpendInYear, pipelineContracts, pipelineObligation, type PipelineContract } from "./pipeline";
import { ukCalendarDate } from "@/lib/dates/uk-date";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const contract = (over: Partial<ObligationContract> = {}): ObligationContract => ({
  id: "k1",
  title: "Service desk",
  status: "ACTIVE",
  awardDate: day("2025-06-02"),
  startDate: day("2025-07-01"),
  endDate: day("2028-06-30"),
  awardedEndDate: day("2028-06-30"),
  extensionOptionsMonths: 0,
  category: "SERVICES",
  awardValue: "8000000.00",
  currentValue: "8000000.00",
  kpiCount: 3,
  changes: [],
  failures: [],
  ...over,
});
const due = (c: ObligationContract, now: string, type: string, notices: NoticeFact[] = []) =>
  contractObligations(c, notices, new Date(now)).filter((o) => o.type === type);

describe("UK time", () => {
  it("takes today's date in London, not UTC", () => {
    expect(iso(ukCalendarDate(new Date("2026-03-31T23:30:00Z")))).toBe("2026-04-01"); // British Summer Time
    expect(iso(ukCalendarDate(new Date("2026-01-31T23:30:00Z")))).toBe("2026-01-31"); // GMT
    expect(financialYearOf(day("2026-03-31"))).toBe(2025);
    expect(financialYearOf(day("2026-04-01"))).toBe(2026);
  });
});

describe("UK1 pipeline: by the 56th day of the financial year", () => {
  it("the 56th day is 26 May", () => {
    expect(iso(dayOfFinancialYear(2026, 1))).toBe("2026-04-01");
    expect(iso(dayOfFinancialYear(2026, 56))).toBe("2026-05-26");
  });

  const running = (value: string): PipelineContract => ({
    id: "r",
    title: "Running",
    status: "ACTIVE",
    currentValue: value,
    awardDate: day("2025-01-10"),
    startDate: day("2026-04-01"),
    endDate: day("2027-03-31"),
  });
  const planned = (title: string, value: string, award: string): PipelineContract => ({
    id: title,
    title,
    status: "PLANNED",
    currentValue: value,
    awardDate: day(award),
    startDate: day(award),
    endDate: day("2030-01-01"),
  });
  const dept = { id: "d1", name: "NHS England" };

  it("is due on 26 May for an authority expecting to pay over £100m, late from 27 May in London", () => {
    const contracts = [running("100000000.01")];
    expect(pipelineObligation(dept, contracts, [], new Date("2026-05-26T22:30:00Z"))).toMatchObject({
      dueOn: day("2026-05-26"),
      state: "due",
      soon: true,
      late: false,
    });
    expect(pipelineObligation(dept, contracts, [], new Date("2026-05-26T23:30:00Z"))).toMatchObject({
      state: "overdue",
      late: true,
    });
    expect(pipelineObligation(dept, contracts, [], new Date("2026-05-26T12:00:00Z"))?.key).toBe("UK1:d1:2026");
  });

  it("is not owed at £100m exactly or less", () => {
    expect(pipelineObligation(dept, [running("100000000.00")], [], new Date("2026-05-01T12:00:00Z"))).toBeNull();
  });

  it("spreads each contract's value over its term, exactly", () => {
    // Half of a two-year contract's £3 falls in the year: £1.50 (the days of 2026-27 over the days of the term).
    const twoYears: PipelineContract = { ...running("3.00"), startDate: day("2026-04-01"), endDate: day("2028-03-31") };
    expect(expectedSpendInYear([twoYears], 2026).toString()).toBe("1.5");
    expect(expectedSpendInYear([{ ...twoYears, status: "EXPIRED" }], 2026).toString()).toBe("0");
  });

  it("lists planned contracts over £2m expected to be awarded within 18 months of the year's start", () => {
    const list = pipelineContracts(
      [
        planned("In", "2000000.01", "2027-09-30"),
        planned("At £2m", "2000000.00", "2026-06-01"),
        planned("Too late", "9000000.00", "2027-10-01"),
        planned("First", "5000000.00", "2026-04-01"),
      ],
      2026,
    );
    expect(list.map((c) => c.title)).toEqual(["First", "In"]);
  });
});

describe("contract notices", () => {
  it("UK7: within 30 days of entering into the contract", () => {
    expect(due(contract(), "2025-07-02T12:00:00Z", "UK7")).toMatchObject([{ dueOn: day("2025-07-02"), state: "due" }]);
    expect(due(contract(), "2025-07-03T12:00:00Z", "UK7")).toMatchObject([{ state: "overdue", late: true }]);
  });

  it("UK11: 30 days after the end date, however it ended", () => {
    const expired = contract({ endDate: day("2026-01-31"), awardedEndDate: day("2026-01-31") });
    expect(due(expired, "2026-01-31T12:00:00Z", "UK11")).toEqual([]); // still running on its last day
    expect(due(expired, "2026-03-02T12:00:00Z", "UK11")).toMatchObject([
      { key: "UK11:k1", dueOn: day("2026-03-02"), state: "due", soon: true },
    ]);
    expect(due(expired, "2026-03-03T00:30:00Z", "UK11")).toMatchObject([{ state: "overdue" }]);
    // Terminated early: the date it ended is the closing record's.
    const closing = {
      id: "end",
      kind: "OTHER" as const,
      date: day("2026-05-10"),
      valueChange: "0",
      newEndDate: day("2026-05-31"),
      endsContract: true,
      legalGround: "NOT_RECORDED" as const,
      connectedToId: null,
    };
    const terminated = contract({ status: "TERMINATED", endDate: day("2026-05-31"), changes: [closing] });
    expect(endedOn(terminated, day("2026-06-01"))).toEqual(day("2026-05-31"));
    expect(due(terminated, "2026-06-01T12:00:00Z", "UK11")).toMatchObject([{ dueOn: day("2026-06-30") }]);
  });

  it("UK9: every 12 months for a contract over £5m with KPIs, from award and then from the last one published", () => {
    expect(due(contract(), "2026-01-01T12:00:00Z", "UK9")).toMatchObject([
      { key: "UK9:annual:k1:2026-06-02", dueOn: day("2026-06-02") },
    ]);
    const published: NoticeFact = {
      id: "n1",
      obligationKey: "UK9:annual:k1:2026-06-02",
      type: "UK9",
      status: "PUBLISHED",
      publishedAt: new Date("2026-05-19T23:30:00Z"),
    };
    // Published late on 19 May UTC, which is 20 May in London: the next is due 20 May 2027.
    expect(due(contract(), "2026-06-01T12:00:00Z", "UK9", [published])).toMatchObject([
      { dueOn: day("2027-05-20"), state: "due" },
    ]);
    expect(due(contract({ currentValue: "5000000.00" }), "2026-01-01T12:00:00Z", "UK9")).toEqual([]);
    expect(due(contract({ kpiCount: 0 }), "2026-01-01T12:00:00Z", "UK9")).toEqual([]);
  });

  it("UK9: within 30 days of a breach or a failure to improve being found", () => {
    const c = contract({ failures: [{ id: "f1", kind: "FAILURE_TO_IMPROVE", foundOn: day("2026-01-15") }] });
    expect(due(c, "2026-02-14T12:00:00Z", "UK9").find((o) => o.performanceFailureId === "f1")).toMatchObject({
      dueOn: day("2026-02-14"),
      state: "due",
    });
  });

  it("UK10: before a change that needs one takes effect, and none for a change within the thresholds", () => {
    const big = {
      id: "ch1",
      kind: "VALUE_CHANGE" as const,
      date: day("2026-03-01"),
      valueChange: "800000.01",
      newEndDate: null,
      endsContract: false,
      legalGround: "ADDITIONAL_SUPPLY" as const,
      connectedToId: null,
    };
    const small = { ...big, id: "ch2", valueChange: "800000.00" };
    expect(due(contract({ changes: [big] }), "2026-02-01T12:00:00Z", "UK10")).toMatchObject([
      { key: "UK10:ch1", dueOn: day("2026-02-28") },
    ]);
    expect(due(contract({ changes: [small] }), "2026-02-01T12:00:00Z", "UK10")).toEqual([]);
  });

  it("shows a drafted, approved or published notice's state, and a draft past its day is still late", () => {
    const draft: NoticeFact = { id: "n2", obligationKey: "UK7:k1", type: "UK7", status: "DRAFT", publishedAt: null };
    expect(due(contract(), "2025-07-10T12:00:00Z", "UK7", [draft])).toMatchObject([
      { state: "drafted", late: true, noticeId: "n2" },
    ]);
    expect(due(contract(), "2025-07-10T12:00:00Z", "UK7", [{ ...draft, status: "PUBLISHED" }])).toMatchObject([
      { state: "published", late: false, soon: false },
    ]);
  });

  it("owes nothing for a contract awarded before 24 February 2025, or one still planned", () => {
    expect(contractObligations(contract({ awardDate: day("2025-02-23") }), [], new Date("2026-01-01"))).toEqual([]);
    expect(contractObligations(contract({ status: "PLANNED" }), [], new Date("2026-01-01"))).toEqual([]);
  });
});
