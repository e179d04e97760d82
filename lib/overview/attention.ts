// What needs the signed-in person's attention, shown first on the overview: each item says what is
// waiting, how many, and where to deal with it. Pure: the facts are gathered in queries.ts.
import { formatCount } from "@/lib/format";
import { formatDate, formatMonth } from "@/lib/dates/format";
import { addMonths } from "@/lib/insight/renewal";

export type BuyerFacts = {
  kind: "buyer";
  /** Contracts ending within the pipeline whose re-procurement should already have started. */
  lateRenewals: number;
  /** Active contracts over £5m with no KPI assessment in 12 months (Procurement Act 2023). */
  overdueKpiContracts: number;
  /** Spend imports waiting for supplier names to be matched. */
  importsAwaitingMatches: number;
  /** Framework lot claims waiting for verification: administrators only (null for others). */
  lotClaimsToVerify: number | null;
  /** Procurement Act 2023 notices past their deadline, and due within two weeks, not yet published (lib/notices). */
  overdueNotices: number;
  soonDueNotices: number;
};

export type SupplierFacts = {
  kind: "supplier";
  /** The date of the latest size declaration, or null when there is none. */
  latestSizeAsOf: Date | null;
  lotClaimsWaiting: number;
  /** Active partnerships the supplier leads and has reported on before, with no supply-chain return for returnMonth. */
  leadContractsWithoutReturn: number;
  /** The month a return is due for: the last full month. */
  returnMonth: Date;
};

export type AttentionFacts = BuyerFacts | SupplierFacts;
export type AttentionItem = { key: string; text: string; href: string };

/** A size declaration comes from annual accounts: older than this, newer accounts are out. */
export const SIZE_DECLARATION_MONTHS = 18;

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The first day of the month before today's: the month a supply-chain return is now due for. */
export function lastFullMonth(today: Date): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
}

export function attentionItems(facts: AttentionFacts, today: Date): AttentionItem[] {
  const items: AttentionItem[] = [];
  if (facts.kind === "buyer") {
    if (facts.overdueNotices > 0) {
      items.push({
        key: "notices-overdue",
        href: "/notices",
        text: `${plural(facts.overdueNotices, "Procurement Act notice is past its deadline", "Procurement Act notices are past their deadline")}`,
      });
    }
    if (facts.soonDueNotices > 0) {
      items.push({
        key: "notices-soon",
        href: "/notices",
        text: `${plural(facts.soonDueNotices, "Procurement Act notice is", "Procurement Act notices are")} due within two weeks`,
      });
    }
    if (facts.lateRenewals > 0) {
      items.push({
        key: "renewals",
        href: "/insight/contracts#renewals",
        text: `${plural(facts.lateRenewals, "contract ends", "contracts end")} soon and should already be in re-procurement`,
      });
    }
    if (facts.overdueKpiContracts > 0) {
      items.push({
        key: "kpis",
        href: "/insight/contracts#overdue",
        text: `${plural(facts.overdueKpiContracts, "contract", "contracts")} over £5m had no KPI assessment in the last 12 months`,
      });
    }
    if (facts.importsAwaitingMatches > 0) {
      items.push({
        key: "imports",
        href: "/imports",
        text: `${plural(facts.importsAwaitingMatches, "spend import is", "spend imports are")} waiting for supplier names to be matched`,
      });
    }
    if (facts.lotClaimsToVerify) {
      items.push({
        key: "lot-claims",
        href: "/lot-claims",
        text: `${plural(facts.lotClaimsToVerify, "framework lot claim is", "framework lot claims are")} waiting for verification`,
      });
    }
    return items;
  }
  if (facts.latestSizeAsOf === null) {
    items.push({
      key: "size",
      href: "/portal",
      text: "Declare your organisation's size: buyers judge SME status from it",
    });
  } else if (facts.latestSizeAsOf < addMonths(today, -SIZE_DECLARATION_MONTHS)) {
    items.push({
      key: "size",
      href: "/portal",
      text: `Your latest size declaration is from ${formatDate(facts.latestSizeAsOf)}: declare your size from your latest accounts`,
    });
  }
  if (facts.leadContractsWithoutReturn > 0) {
    items.push({
      key: "returns",
      href: "/supply-chain-returns",
      text: `${plural(facts.leadContractsWithoutReturn, "partnership you lead has", "partnerships you lead have")} no supply-chain return for ${formatMonth(facts.returnMonth)}`,
    });
  }
  if (facts.lotClaimsWaiting > 0) {
    items.push({
      key: "lot-claims",
      href: "/portal",
      text: `${plural(facts.lotClaimsWaiting, "framework lot claim is", "framework lot claims are")} waiting for an administrator to verify`,
    });
  }
  return items;
}
