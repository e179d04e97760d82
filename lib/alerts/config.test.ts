import { expect, it } from "vitest";
import { alertConfig } from "./config";

it("defaults to 18 and 6 months, and 30, 15 and 7 days", () => {
  expect(alertConfig({})).toEqual({ reprocurementMonths: [18, 6], noticeDays: [30, 15, 7] });
});

it("reads comma-separated lead times, longest first, and names a bad variable", () => {
  expect(alertConfig({ ALERT_REPROCUREMENT_MONTHS: "3, 12", ALERT_NOTICE_DAYS: "14" })).toEqual({
    reprocurementMonths: [12, 3],
    noticeDays: [14],
  });
  expect(() => alertConfig({ ALERT_NOTICE_DAYS: "30,soon" })).toThrow(/ALERT_NOTICE_DAYS must be comma-separated/);
});
