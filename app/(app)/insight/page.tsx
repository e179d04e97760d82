import type { Metadata } from "next";
import { InsightFilterForm } from "@/components/insight/insight-filters";
import { InsightTabs, insightHref } from "@/components/insight/insight-tabs";
import { SmeTargetTable } from "@/components/insight/sme-target-table";
import { SpendByMonth } from "@/components/insight/spend-by-month";
import { SpendByRoute } from "@/components/insight/spend-by-route";
import { SpendBySupplier } from "@/components/insight/spend-by-supplier";
import { PageHeader } from "@/components/ui/page-header";
import { getInsightFilterOptions, getSpendDashboard } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { firstValues } from "@/lib/pagination";

export const metadata: Metadata = { title: "Spend and SME share" };

export default async function SpendDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = InsightFiltersSchema.parse(firstValues(await searchParams));
  const [options, d] = await Promise.all([getInsightFilterOptions(filters), getSpendDashboard(filters)]);
  const here = (changes: Parameters<typeof insightHref>[2]) => insightHref("/insight", filters, changes);
  return (
    <>
      <PageHeader
        title="Dashboards"
        description="Spend and SME share for the departments you can see. Figures are sums of recorded payments; choose a figure to narrow the view to the rows behind it."
      />
      <InsightTabs current="/insight" filters={filters} />
      <InsightFilterForm path="/insight" filters={filters} options={options} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <SpendByMonth d={d} here={here} />
      </div>
      <div className="mt-6">
        <SmeTargetTable d={d} here={here} />
      </div>
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <SpendByRoute d={d} here={here} />
      </div>
      <div className="mt-6">
        <SpendBySupplier d={d} here={here} />
      </div>
    </>
  );
}
