// SME classification under the Procurement Act 2023 (see ../shared/DOMAIN.md, "SME rules"):
// an SME has fewer than 250 staff, and turnover of at most £44m or a balance sheet total of at most £38m.
// Micro / small / medium follow the Companies Act bands that the UK definition builds on.
import { Decimal } from "decimal.js";

export type SizeClass = "MICRO" | "SMALL" | "MEDIUM" | "LARGE";

export type SizeFacts = {
  staffCount: number;
  turnover: Decimal.Value;
  balanceSheetTotal: Decimal.Value;
};

export type SizeClassification = {
  sizeClass: SizeClass;
  isSme: boolean;
  reason: string;
};

type Band = { sizeClass: SizeClass; maxStaff: number; maxTurnover: number; maxBalanceSheet: number };

// Ordered smallest first; staff is "fewer than" the next band's floor, money limits are inclusive.
const BANDS: Band[] = [
  { sizeClass: "MICRO", maxStaff: 9, maxTurnover: 2_000_000, maxBalanceSheet: 2_000_000 },
  { sizeClass: "SMALL", maxStaff: 49, maxTurnover: 15_000_000, maxBalanceSheet: 7_500_000 },
  { sizeClass: "MEDIUM", maxStaff: 249, maxTurnover: 44_000_000, maxBalanceSheet: 38_000_000 },
];

const gbp = (n: number) => `£${(n / 1_000_000).toLocaleString("en-GB")}m`;

export function classifySize(facts: SizeFacts): SizeClassification {
  const turnover = new Decimal(facts.turnover);
  const balanceSheet = new Decimal(facts.balanceSheetTotal);
  for (const band of BANDS) {
    const staffFits = facts.staffCount <= band.maxStaff;
    const turnoverFits = turnover.lte(band.maxTurnover);
    const balanceFits = balanceSheet.lte(band.maxBalanceSheet);
    if (staffFits && (turnoverFits || balanceFits)) {
      const money = turnoverFits
        ? `turnover ${formatMillions(turnover)} ≤ ${gbp(band.maxTurnover)}`
        : `balance sheet ${formatMillions(balanceSheet)} ≤ ${gbp(band.maxBalanceSheet)}`;
      return {
        sizeClass: band.sizeClass,
        isSme: true,
        reason: `${facts.staffCount} staff (fewer than ${band.maxStaff + 1}) and ${money}`,
      };
    }
  }
  const reason =
    facts.staffCount >= 250
      ? `${facts.staffCount} staff (250 or more)`
      : `turnover ${formatMillions(turnover)} > £44m and balance sheet ${formatMillions(balanceSheet)} > £38m`;
  return { sizeClass: "LARGE", isSme: false, reason };
}

function formatMillions(value: Decimal): string {
  return `£${value.div(1_000_000).toDecimalPlaces(2).toString()}m`;
}

/** The declaration in force on a date: the latest one whose asOf is on or before it. */
export function declarationAsAt<T extends { asOf: Date }>(declarations: T[], date: Date): T | undefined {
  let found: T | undefined;
  for (const d of declarations) {
    if (d.asOf.getTime() <= date.getTime() && (!found || d.asOf > found.asOf)) found = d;
  }
  return found;
}
