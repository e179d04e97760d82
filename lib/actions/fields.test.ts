import { describe, expect, it } from "vitest";
import { dateField, moneyField, parseCalendarDate } from "@/lib/actions/fields";

const dateProblem = (value: string) => {
  const parsed = dateField("the award date").safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe("dateField and parseCalendarDate", () => {
  it("keeps real dates as midnight UTC", () => {
    expect(dateField().parse("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseCalendarDate("2025-12-31")?.toISOString()).toBe("2025-12-31T00:00:00.000Z");
  });

  it.each(["2025-02-31", "2025-02-29", "2023-04-31", "2025-13-01", "2025-00-10", "2025-01-00"])(
    "refuses the impossible day %s",
    (value) => {
      expect(dateProblem(value)).toMatch(/real date/);
      expect(parseCalendarDate(value)).toBeNull();
    },
  );

  it.each(["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])(
    "refuses %s, outside 1900-2100, with a message",
    (value) => {
      expect(dateProblem(value)).toMatch(/between 1900 and 2100/);
      expect(parseCalendarDate(value)).toBeNull();
    },
  );

  it.each(["31/01/2025", "2025-1-1", "2025-01-01T00:00", " 2025-01-01", "+02025-01-01"])(
    "refuses the malformed %j",
    (value) => {
      expect(dateProblem(value)).toMatch(/as a date/);
    },
  );
});

describe("moneyField", () => {
  it("keeps exact amounts within the column's range", () => {
    expect(moneyField().parse("£99,999,999,999,999.99")).toBe("99999999999999.99");
  });
  it.each(["100000000000000", "1e6", "0.001", "-1", "NaN", "Infinity"])("refuses %s", (value) => {
    expect(moneyField().safeParse(value).success).toBe(false);
  });
});
