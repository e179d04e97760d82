import { describe, expect, it } from "vitest";
import { classifySize, declarationAsAt } from "@/lib/suppliers/size";

const m = (millions: number) => String(millions * 1_000_000);

describe("classifySize (Procurement Act 2023 thresholds)", () => {
  it("an SME has fewer than 250 staff", () => {
    expect(classifySize({ staffCount: 249, turnover: m(10), balanceSheetTotal: m(5) }).isSme).toBe(true);
    const large = classifySize({ staffCount: 250, turnover: m(10), balanceSheetTotal: m(5) });
    expect(large).toMatchObject({ sizeClass: "LARGE", isSme: false });
    expect(large.reason).toContain("250 staff (250 or more)");
  });

  it("turnover of exactly £44m is still an SME; a penny more needs the balance sheet test", () => {
    expect(classifySize({ staffCount: 100, turnover: m(44), balanceSheetTotal: m(50) })).toMatchObject({
      sizeClass: "MEDIUM",
      isSme: true,
    });
    expect(classifySize({ staffCount: 100, turnover: "44000000.01", balanceSheetTotal: "38000000.01" })).toMatchObject({
      sizeClass: "LARGE",
      isSme: false,
    });
  });

  it("either money test suffices: high turnover with a balance sheet of at most £38m is an SME", () => {
    const result = classifySize({ staffCount: 200, turnover: m(90), balanceSheetTotal: m(38) });
    expect(result).toMatchObject({ sizeClass: "MEDIUM", isSme: true });
    expect(result.reason).toContain("balance sheet £38m ≤ £38m");
  });

  it("bands micro (<10 staff), small (<50), medium (<250)", () => {
    expect(classifySize({ staffCount: 9, turnover: m(2), balanceSheetTotal: m(2) }).sizeClass).toBe("MICRO");
    expect(classifySize({ staffCount: 10, turnover: m(2), balanceSheetTotal: m(2) }).sizeClass).toBe("SMALL");
    expect(classifySize({ staffCount: 9, turnover: m(3), balanceSheetTotal: m(3) }).sizeClass).toBe("SMALL");
    expect(classifySize({ staffCount: 49, turnover: m(15), balanceSheetTotal: m(1) }).sizeClass).toBe("SMALL");
    expect(classifySize({ staffCount: 50, turnover: m(1), balanceSheetTotal: m(1) }).sizeClass).toBe("MEDIUM");
  });

  it("explains the classification", () => {
    expect(classifySize({ staffCount: 5, turnover: m(1), balanceSheetTotal: m(3) }).reason).toBe(
      "5 staff (fewer than 10) and turnover £1m ≤ £2m",
    );
  });
});

describe("declarationAsAt", () => {
  const declarations = [
    { asOf: new Date("2020-04-01"), sizeClass: "SMALL" },
    { asOf: new Date("2023-04-01"), sizeClass: "LARGE" },
  ];
  it("takes the latest declaration on or before the date", () => {
    expect(declarationAsAt(declarations, new Date("2022-12-31"))?.sizeClass).toBe("SMALL");
    expect(declarationAsAt(declarations, new Date("2023-04-01"))?.sizeClass).toBe("LARGE");
  });
  it("is undefined before the first declaration", () => {
    expect(declarationAsAt(declarations, new Date("2019-01-01"))).toBeUndefined();
  });
});
