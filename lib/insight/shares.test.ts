import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { concentration, hhiBand, meetsTarget, smeShare } from "@/lib/insight/shares";

describe("smeShare", () => {
  it("divides SME direct and SME indirect spend by all direct spend; total is their sum", () => {
    // £1,000 paid; £250 of it to SMEs directly; £150 passed on by lead partners to SMEs.
    const share = smeShare({ directToSmes: "250.00", directTotal: "1000.00", indirectToSmes: "150.00" });
    expect(share.direct.toString()).toBe("0.25");
    expect(share.indirect.toString()).toBe("0.15");
    expect(share.total.toString()).toBe("0.4");
  });

  it("is exact with pence and zero when nothing was spent", () => {
    expect(smeShare({ directToSmes: "0.10", directTotal: "0.40", indirectToSmes: "0" }).direct.toString()).toBe("0.25");
    expect(smeShare({ directToSmes: "0", directTotal: "0", indirectToSmes: "0" }).total.toString()).toBe("0");
  });

  it("compares a share with a percentage target; the boundary meets it", () => {
    expect(meetsTarget(new Decimal("0.3"), "30.00")).toBe(true);
    expect(meetsTarget(new Decimal("0.2999"), "30.00")).toBe(false);
    expect(meetsTarget(new Decimal("0.5"), null)).toBeNull();
  });
});

describe("concentration", () => {
  it("computes top-5 share and HHI on a hand-worked market", () => {
    // Shares 40, 30, 10, 10, 5, 5 percent: top 5 = 95%; HHI = 1600+900+100+100+25+25 = 2750.
    const c = concentration(["400", "300", "100", "100", "50", "50"]);
    expect(c.total.toString()).toBe("1000");
    expect(c.top5Share.toString()).toBe("0.95");
    expect(c.hhi.toString()).toBe("2750");
    expect(c.suppliers).toBe(6);
    expect(hhiBand(c.hhi)).toBe("high");
  });

  it("a monopoly is 10,000 and 100%; an empty market is zero", () => {
    expect(concentration(["123.45"]).hhi.toString()).toBe("10000");
    expect(concentration(["123.45"]).top5Share.toString()).toBe("1");
    expect(concentration([]).hhi.toString()).toBe("0");
  });

  it("ignores suppliers whose net spend is zero or negative", () => {
    expect(concentration(["100", "100", "-50", "0"]).hhi.toString()).toBe("5000");
  });

  it("bands HHI at 1,500 and 2,500", () => {
    expect(hhiBand(new Decimal(1499))).toBe("unconcentrated");
    expect(hhiBand(new Decimal(1500))).toBe("moderate");
    expect(hhiBand(new Decimal(2500))).toBe("moderate");
    expect(hhiBand(new Decimal(2501))).toBe("high");
  });
});
