import { describe, expect, it } from "vitest";
import { parseAmount, parseDate, parseTransactionNumber } from "./spend-values";

const amount = (raw: string) => parseAmount(raw);

describe("parseAmount", () => {
  it.each([
    ["25000", "25000.00"],
    ["£25,000.00", "25000.00"],
    ["£1,234,567.89", "1234567.89"],
    [" 31,250.5 ", "31250.50"],
    ["-1,234.00", "-1234.00"],
    ["-£1,234.00", "-1234.00"],
    ["£-1,234.00", "-1234.00"],
    ["(1,234.00)", "-1234.00"],
    ["(£1,234.00)", "-1234.00"],
    ["1,234.00 CR", "-1234.00"],
    ["\u2212500.10", "-500.10"],
    ["GBP 99.99", "99.99"],
    ["0.00", "0.00"],
    ["-0", "0.00"],
    ["007.10", "7.10"],
    ["000,123.4", "123.40"],
    ["-£0.00", "0.00"],
    ["-0.5", "-0.50"],
    ["£99,999,999,999,999.99", "99999999999999.99"],
  ])("reads %j as %s", (raw, expected) => {
    expect(amount(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "Amount is missing"],
    ["abc", "Amount is not a number"],
    ["12,34.00", "Amount is not a number"],
    ["1.234", "Amount has more than two decimal places"],
    ["£", "Amount is not a number"],
    ["1e5", "Amount is not a number"],
    ["123456789012345.00", "Amount is too large"],
    ["£123,456,789,012,345", "Amount is too large"],
    ["£1,2345.00", "Amount is not a number"],
  ])("refuses %j", (raw, message) => {
    expect(amount(raw)).toEqual({ ok: false, message });
  });
});

describe("parseDate", () => {
  it.each([
    ["05/04/2024", "2024-04-05"],
    ["5/4/2024", "2024-04-05"],
    ["31-12-2023", "2023-12-31"],
    ["29.02.2024", "2024-02-29"],
    ["2024-04-05", "2024-04-05"],
    ["29/02/2000", "2000-02-29"],
    ["31/12/2100", "2100-12-31"],
    ["01/01/1990", "1990-01-01"],
  ])("reads %j as %s (day first)", (raw, expected) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "Date is missing"],
    ["31/02/2024", "Date does not exist"],
    ["29/02/2023", "Date does not exist"],
    ["13/13/2024", "Date does not exist"],
    ["April 2024", "Date is not DD/MM/YYYY"],
    ["05/04/24", "Date is not DD/MM/YYYY"],
    ["01/01/1900", "Date is out of range"],
    ["31/12/1989", "Date is out of range"],
    ["01/01/2101", "Date is out of range"],
    ["00/04/2024", "Date does not exist"],
    ["31/04/2024", "Date does not exist"],
    ["29/02/2100", "Date does not exist"],
    ["01/00/2024", "Date does not exist"],
  ])("refuses %j", (raw, message) => {
    expect(parseDate(raw)).toEqual({ ok: false, message });
  });
});

describe("parseTransactionNumber", () => {
  it.each(["", "  ", "None", "NONE", "n/a", "N/A", "-", undefined])("treats %j as no number", (raw) => {
    expect(parseTransactionNumber(raw)).toBeNull();
  });
  it("keeps a real number, trimmed", () => {
    expect(parseTransactionNumber(" 7001234 ")).toBe("7001234");
  });
});
