import { describe, expect, it } from "vitest";
import { ddmmyyyy, financialYearEnding, spreadsheetCalendarDate, ukCalendarDate, ukDateFromIso } from "./uk-date";

const day = (d: Date | null) => d?.toISOString().slice(0, 10);

describe("ukDateFromIso", () => {
  it.each([
    // Local midnight in summer time is the day it names, not the day before (UTC 23:00).
    ["2025-04-01T00:00:00+01:00", "2025-04-01"],
    ["2025-06-30T23:59:59+01:00", "2025-06-30"],
    // The same instant written in UTC.
    ["2025-03-31T23:00:00Z", "2025-04-01"],
    // Winter: UTC is UK time.
    ["2025-03-10T00:00:00Z", "2025-03-10"],
    ["2024-12-31T23:59:59Z", "2024-12-31"],
    // Around the change to BST (30 March 2025, 01:00 UTC) and back (26 October 2025, 01:00 UTC).
    ["2025-03-30T00:30:00Z", "2025-03-30"],
    ["2025-03-29T23:30:00Z", "2025-03-29"],
    ["2025-03-30T23:30:00Z", "2025-03-31"],
    ["2025-10-25T23:30:00Z", "2025-10-26"],
    ["2025-10-26T23:30:00Z", "2025-10-26"],
    // Find a Tender's dates in UTC: the first or last second of a day names the day written, summer or not
    // (23:59:59Z on 18 May is 00:59:59 BST on 19 May), wherever the offset puts it.
    ["2028-05-18T23:59:59Z", "2028-05-18"],
    ["2025-05-19T00:00:00Z", "2025-05-19"],
    ["2025-08-22T00:00:00+01:00", "2025-08-22"],
    ["2025-04-01T00:00:00+05:00", "2025-04-01"],
    ["2025-06-30T23:59:59.999Z", "2025-06-30"],
    // Any other time of day is a moment, read in Europe/London.
    ["2025-06-30T23:00:00Z", "2025-07-01"],
    // Other offsets are moments too.
    ["2025-04-01T05:00:00+09:00", "2025-03-31"],
    // A bare date is that day; a date-time without offset is UK wall-clock time.
    ["2025-04-01", "2025-04-01"],
    ["2025-07-01T00:30:00", "2025-07-01"],
  ])("%s falls on %s in the UK", (text, expected) => {
    expect(day(ukDateFromIso(text))).toBe(expected);
  });

  it("is null for what is not a date", () => {
    expect(ukDateFromIso("not a date")).toBeNull();
    expect(ukDateFromIso("")).toBeNull();
    expect(ukDateFromIso(undefined)).toBeNull();
    expect(ukDateFromIso(20250401)).toBeNull();
  });
});

describe("financial year attribution", () => {
  it("a contract starting at local midnight on 1 April belongs to the year starting that day", () => {
    expect(financialYearEnding(ukDateFromIso("2025-04-01T00:00:00+01:00")!)).toBe(2026);
    // Read as UTC it would have been 31 March, the previous financial year.
    expect(financialYearEnding(new Date("2025-03-31T00:00:00Z"))).toBe(2025);
    expect(financialYearEnding(ukDateFromIso("2025-03-31T23:59:59+01:00")!)).toBe(2025);
  });
});

describe("ukCalendarDate and spreadsheet cells", () => {
  it("a moment's UK day", () => {
    expect(day(ukCalendarDate(new Date("2025-08-14T23:15:00Z")))).toBe("2025-08-15");
  });
  it("a spreadsheet's wall-clock date stays its own day", () => {
    // ExcelJS gives a cell of 01/04/2025 23:30 as 2025-04-01T23:30Z: still 1 April.
    const cell = spreadsheetCalendarDate(new Date("2025-04-01T23:30:00Z"));
    expect(ddmmyyyy(cell)).toBe("01/04/2025");
  });
});
