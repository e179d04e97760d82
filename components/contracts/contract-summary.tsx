import { DescriptionList } from "@/components/ui/card";
import type { getContract } from "@/lib/contracts/queries";
import { ROUTE_TO_MARKET_LABELS } from "@/lib/contracts/schema";
import { formatMoney } from "@/lib/format";
import { formatDate } from "@/lib/dates/format";

type Contract = NonNullable<Awaited<ReturnType<typeof getContract>>>;

const yesNo = (value: boolean) => (value ? "Yes" : "No");

export function ContractSummary({ contract: c }: { contract: Contract }) {
  const route = c.lot
    ? `${ROUTE_TO_MARKET_LABELS[c.routeToMarket]}: ${c.lot.framework.name} (${c.lot.framework.rmNumber}), Lot ${c.lot.number} ${c.lot.name}`
    : ROUTE_TO_MARKET_LABELS[c.routeToMarket];
  return (
    <>
      {c.description ? <p className="mb-4 text-slate-800">{c.description}</p> : null}
      <DescriptionList
        items={[
          ["Buyer", c.department.name],
          ["Reference", c.reference ?? "—"],
          ["Route to market", route],
          ["OCDS procurement method", c.procurementMethod?.toLowerCase() ?? "Not stated"],
          ...(c.directAwardJustification
            ? ([["Direct award justification", c.directAwardJustification]] as Array<[string, string]>)
            : []),
          ["Number of tenderers", c.numberOfTenderers?.toString() ?? "Not stated"],
          ...(c.ocid
            ? ([
                ["Suitable for SMEs (as published)", c.smeSuitable === null ? "Not stated" : yesNo(c.smeSuitable)],
              ] as Array<[string, string]>)
            : []),
          ["Award value", formatMoney(c.awardValue)],
          ["Current value", formatMoney(c.currentValue)],
          ["Awarded", formatDate(c.awardDate)],
          ["Runs", `${formatDate(c.startDate)} to ${formatDate(c.endDate)}`],
          ["Extension options", c.extensionOptionsMonths ? `${c.extensionOptionsMonths} months` : "None"],
          ["Extensions used", String(c.extensionsUsed)],
          ["Capability", c.capability?.name ?? "—"],
          ["Exit plan", yesNo(c.hasExitPlan)],
          ["Break clause", yesNo(c.hasBreakClause)],
          ["Data-export terms", yesNo(c.hasDataExportTerms)],
          ["Open standards", yesNo(c.usesOpenStandards)],
        ]}
      />
    </>
  );
}
