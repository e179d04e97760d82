import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDateTimeSeconds, formatMonth, isoDate, ukIsoDate } from "./format";

describe("calendar dates", () => {
  it("shows a calendar date as it is held, whatever the server's zone", () => {
    expect(formatDate(new Date("2023-11-21T00:00:00Z"))).toBe("21 Nov 2023");
    expect(formatDate(new Date("2025-07-01T00:00:00Z"))).toBe("1 Jul 2025");
    expect(formatDate(null)).toBe("—");
    expect(formatMonth(new Date("2025-04-01T00:00:00Z"))).toBe("Apr 2025");
    expect(isoDate(new Date("2025-04-01T00:00:00Z"))).toBe("2025-04-01");
  });
});

describe("moments in UK time", () => {
  it("shows a summer moment in British Summer Time and a winter one in GMT", () => {
    expect(formatDateTime(new Date("2026-07-01T13:05:00Z"))).toBe("1 Jul 2026, 14:05");
    expect(formatDateTime(new Date("2026-12-01T13:05:00Z"))).toBe("1 Dec 2026, 13:05");
    expect(formatDateTimeSeconds(new Date("2026-07-01T13:05:09Z"))).toBe("1 Jul 2026, 14:05:09");
  });

  it("names the UK calendar date of a moment on either side of the BST boundary", () => {
    // 23:30 UTC is already the next day in summer time, and still the same day in winter.
    expect(ukIsoDate(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(ukIsoDate(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
    // The clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(ukIsoDate(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-28");
    expect(ukIsoDate(new Date("2026-03-29T23:30:00Z"))).toBe("2026-03-30");
    expect(ukIsoDate(new Date("2026-10-24T23:30:00Z"))).toBe("2026-10-25");
    expect(ukIsoDate(new Date("2026-10-25T23:30:00Z"))).toBe("2026-10-25");
  });
});
