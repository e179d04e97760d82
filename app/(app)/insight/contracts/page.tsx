import type { Metadata } from "next";
import { ContractRisk } from "@/components/insight/contract-risk";
import { InsightFilterForm } from "@/components/insight/insight-filters";
import { InsightTabs } from "@/components/insight/insight-tabs";
import { RenewalPipeline } from "@/components/insight/renewal-pipeline";
import { PageHeader } from "@/components/ui/page-header";
import { getContractDashboard } from "@/lib/insight/contract-queries";
import { getInsightFilterOptions } from "@/lib/insight/queries";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { firstValues } from "@/lib/pagination";

export const metadata: Metadata = { title: "Lock-in, renewals and KPIs" };
const PATH = "/insight/contracts";

export default async function ContractDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filters = InsightFiltersSchema.parse(firstValues(await searchParams));
  const [options, d] = await Promise.all([getInsightFilterOptions(filters), getContractDashboard(filters)]);
  return (
    <>
      <PageHeader
        title="Dashboards"
        description="Lock-in risk of active contracts, contracts due for re-procurement and KPI assessments. The date range applies to spend only."
      />
      <InsightTabs current={PATH} filters={filters} />
      <InsightFilterForm path={PATH} filters={filters} options={options} />
      <ContractRisk d={d} />
      <RenewalPipeline d={d} />
    </>
  );
}
