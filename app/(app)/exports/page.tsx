import type { Metadata } from "next";
import { DateRange, DepartmentSelect, ExportForm } from "@/components/exports/export-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/caller";
import { listDepartmentsInScope } from "@/lib/departments/queries";

export const metadata: Metadata = { title: "Exports" };

export default async function ExportsPage() {
  const caller = await requireRole("ADMIN", "AUDITOR", "COMMERCIAL_LEAD");
  const departments = await listDepartmentsInScope();
  const control = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";
  return (
    <>
      <PageHeader
        title="Exports"
        description="Evidence files of what you can see. Each download is recorded in the audit trail. The address under each form works from a script with your signed-in session."
      />
      <div className="grid gap-6">
        <ExportForm id="spend" action="/api/exports/spend" title="Spend" description="Every payment, direct (department to supplier) and indirect (lead partner to consortium member), with exact amounts.">
          <DepartmentSelect id="spend" departments={departments} />
          <div>
            <label htmlFor="spend-kind" className="block text-sm font-medium">Kind</label>
            <select id="spend-kind" name="kind" className={control}>
              <option value="all">Direct and indirect</option>
              <option value="DIRECT">Direct only</option>
              <option value="INDIRECT">Indirect (supply chain) only</option>
            </select>
          </div>
          <DateRange id="spend" />
        </ExportForm>
        <ExportForm id="ocds" action="/api/exports/ocds" title="OCDS release package" description="The department's contracts as Open Contracting Data Standard 1.1 releases: parties, tender, award, consortium (subcontracting) and payments." formats={[]}>
          <DepartmentSelect id="ocds" departments={departments} required />
        </ExportForm>
        <ExportForm id="report" action="/api/reports/department" title="Department report (PDF)" description="Headline spend and SME share against target, spend by month, the riskiest contracts and KPI ratings, for a period of months." formats={[]}>
          <DepartmentSelect id="report" departments={departments} required />
          <div>
            <label htmlFor="report-from" className="block text-sm font-medium">From month</label>
            <input id="report-from" name="from" type="month" required defaultValue="2025-04" className={control} />
          </div>
          <div>
            <label htmlFor="report-to" className="block text-sm font-medium">To month</label>
            <input id="report-to" name="to" type="month" required defaultValue="2026-03" className={control} />
          </div>
        </ExportForm>
        {caller.role !== "COMMERCIAL_LEAD" ? (
          <ExportForm id="audit" action="/api/exports/audit" title="Audit trail" description="Every recorded change with its before and after, and the hashes that chain the events together.">
            <DateRange id="audit" />
          </ExportForm>
        ) : null}
      </div>
    </>
  );
}
