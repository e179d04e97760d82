import { describe, expect, it } from "vitest";
import { dayLeads, dueAlert, nextKpiAssessment, noticeDate, reprocurementLeads } from "./lead-times";
import { ukToday } from "@/lib/dates/uk-date";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("dueAlert", () => {
  const end = d("2028-06-30");
  const leads = reprocurementLeads(null);
  it("is nothing before the first lead time", () => {
    expect(dueAlert(end, leads, d("2026-12-29"))).toBeNull();
  });
  it("fires on the day 18 months before the end, keyed by the end date and lead", () => {
    expect(dueAlert(end, leads, d("2026-12-30"))).toMatchObject({ tag: "2028-06-30:18m", firesOn: d("2026-12-30") });
  });
  it("stays the 18-month alert until 6 months before, then the 6-month one", () => {
    expect(dueAlert(end, leads, d("2027-12-29"))?.tag).toBe("2028-06-30:18m");
    expect(dueAlert(end, leads, d("2027-12-30"))?.tag).toBe("2028-06-30:6m");
  });
  it("fires only the nearest when a contract is entered after several lead times", () => {
    expect(dueAlert(end, leads, d("2028-05-01"))?.tag).toBe("2028-06-30:6m");
  });
  it("is nothing on or after the date it warns of", () => {
    expect(dueAlert(end, leads, end)).toBeNull();
  });
  it("counts days for notice dates", () => {
    const notice = noticeDate(end, 90);
    expect(notice).toEqual(d("2028-04-01"));
    expect(dueAlert(notice, dayLeads([30, 15, 7]), d("2028-03-17"))?.tag).toBe("2028-04-01:15d");
    expect(dueAlert(notice, dayLeads([30, 15, 7]), d("2028-03-01"))).toBeNull();
  });
});

describe("reprocurementLeads", () => {
  it("puts a contract's own lead time first and keeps the shorter defaults", () => {
    expect(reprocurementLeads(24).map((l) => l.amount)).toEqual([24, 18, 6]);
    expect(reprocurementLeads(9).map((l) => l.amount)).toEqual([9, 6]);
    expect(reprocurementLeads(18).map((l) => l.amount)).toEqual([18, 6]);
  });
});

it("a KPI assessment is due a year after the last, or after award", () => {
  expect(nextKpiAssessment(d("2025-03-01"), null)).toEqual(d("2026-03-01"));
  expect(nextKpiAssessment(d("2025-03-01"), d("2026-02-29".replace("29", "28")))).toEqual(d("2027-02-28"));
});

it("today is the UK's date (after midnight in summer time, still the day before in UTC)", () => {
  expect(ukToday(new Date("2026-07-01T23:30:00Z"))).toEqual(d("2026-07-02"));
  expect(ukToday(new Date("2026-12-01T23:30:00Z"))).toEqual(d("2026-12-01"));
});
