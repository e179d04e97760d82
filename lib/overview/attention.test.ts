import { describe, expect, it } from "vitest";
import { type BuyerFacts, type SupplierFacts, attentionItems, lastFullMonth } from "./attention";

const today = new Date("2026-11-27T00:00:00Z");
const buyer: BuyerFacts = {
  kind: "buyer",
  lateRenewals: 0,
  overdueKpiContracts: 0,
  importsAwaitingMatches: 0,
  lotClaimsToVerify: null,
  overdueNotices: 0,
  soonDueNotices: 0,
};
const supplier: SupplierFacts = {
  kind: "supplier",
  latestSizeAsOf: new Date("2026-03-31T00:00:00Z"),
  lotClaimsWaiting: 0,
  leadContractsWithoutReturn: 0,
  returnMonth: lastFullMonth(today),
};

describe("attention items", () => {
  it("are none when nothing is waiting", () => {
    expect(attentionItems(buyer, today)).toEqual([]);
    expect(attentionItems({ ...buyer, lotClaimsToVerify: 0 }, today)).toEqual([]);
    expect(attentionItems(supplier, today)).toEqual([]);
  });

  it("name what is waiting for a buyer, with counts in words and where to deal with it", () => {
    const items = attentionItems(
      {
        kind: "buyer",
        lateRenewals: 1,
        overdueKpiContracts: 3,
        importsAwaitingMatches: 2,
        lotClaimsToVerify: 1_250,
        overdueNotices: 2,
        soonDueNotices: 1,
      },
      today,
    );
    expect(items).toEqual([
      { key: "notices-overdue", href: "/notices", text: "2 Procurement Act notices are past their deadline" },
      { key: "notices-soon", href: "/notices", text: "1 Procurement Act notice is due within two weeks" },
      {
        key: "renewals",
        href: "/insight/contracts#renewals",
        text: "1 contract ends soon and should already be in re-procurement",
      },
      {
        key: "kpis",
        href: "/insight/contracts#overdue",
        text: "3 contracts over £5m had no KPI assessment in the last 12 months",
      },
      { key: "imports", href: "/imports", text: "2 spend imports are waiting for supplier names to be matched" },
      { key: "lot-claims", href: "/lot-claims", text: "1,250 framework lot claims are waiting for verification" },
    ]);
  });

  it("ask a supplier for a size declaration when there is none, or when the latest is over 18 months old", () => {
    expect(attentionItems({ ...supplier, latestSizeAsOf: null }, today).map((i) => i.text)).toEqual([
      "Declare your organisation's size: buyers judge SME status from it",
    ]);
    expect(attentionItems({ ...supplier, latestSizeAsOf: new Date("2025-05-27T00:00:00Z") }, today)).toEqual([]);
    expect(
      attentionItems({ ...supplier, latestSizeAsOf: new Date("2025-05-26T00:00:00Z") }, today).map((i) => i.text),
    ).toEqual(["Your latest size declaration is from 26 May 2025: declare your size from your latest accounts"]);
  });

  it("tell a lead partner which month's returns are missing, and a supplier how many claims wait", () => {
    const items = attentionItems({ ...supplier, leadContractsWithoutReturn: 2, lotClaimsWaiting: 1 }, today);
    expect(items.map((i) => [i.href, i.text])).toEqual([
      ["/supply-chain-returns", "2 partnerships you lead have no supply-chain return for Oct 2026"],
      ["/portal", "1 framework lot claim is waiting for an administrator to verify"],
    ]);
  });

  it("take the month before today's as the month a return is due for, across a year's end", () => {
    expect(lastFullMonth(new Date("2026-01-05T00:00:00Z")).toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(lastFullMonth(today).toISOString()).toBe("2026-10-01T00:00:00.000Z");
  });
});
