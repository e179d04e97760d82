import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ExportErrorSummary } from "@/components/exports/error-summary";
import {
  Control,
  DateRange,
  DepartmentSelect,
  emptyFormState,
  ExportForm,
  type ExportFormState,
} from "@/components/exports/export-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCan } from "@/lib/access/caller";
import { listDepartmentsInScope } from "@/lib/departments/queries";
import { checkExportForm, EXPORT_FORMS, type ExportFormId } from "@/lib/exports/forms";

/** GOV.UK: while the page shows an error summary, its title starts "Error:". */
export async function generateMetadata({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}): Promise<Metadata> {
  const check = checkExportForm(await searchParams);
  return { title: check.outcome === "invalid" ? "Error: Exports" : "Exports" };
}

const INSIGHT_EXPORTS = [
  {
    table: "sme-share",
    title: "SME share by department and year",
    description:
      "Direct and indirect spend reaching SMEs (size as at each payment date), against each department's targets.",
  },
  {
    table: "lock-in",
    title: "Lock-in risk",
    description: "Every scored contract with its 0-100 score and each factor's weight, evidence and source.",
  },
  {
    table: "kpis",
    title: "KPI ratings and overdue assessments",
    description: "The latest rating of each KPI, and contracts over £5m without an assessment in the last 12 months.",
  },
  {
    table: "partnerships",
    title: "Partnerships: pledged and delivered",
    description: "Each consortium member's pledged share of value against the share of spend it received.",
  },
] as const;

const TITLES: Record<ExportFormId, string> = {
  spend: "Spend",
  ocds: "OCDS release package",
  report: "Department report (PDF)",
  audit: "Audit trail",
  ...Object.fromEntries(INSIGHT_EXPORTS.map((e) => [e.table, e.title])),
} as Record<ExportFormId, string>;

export default async function ExportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await requireCan("export");
  const check = checkExportForm(await searchParams);
  // A form sent with good fields goes on to its file; the browser downloads it and stays on this page.
  if (check.outcome === "download") redirect(check.url);
  const departments = await listDepartmentsInScope();
  const stateOf = (form: ExportFormId): ExportFormState =>
    check.outcome === "invalid" && check.form === form ? check : emptyFormState;
  const control = "mt-1 w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2";
  const spend = stateOf("spend");
  return (
    <>
      <PageHeader
        title="Exports"
        description="Evidence files of what you can see. Each download is recorded in the audit trail. The address under each form works from a script with your signed-in session."
      />
      {check.outcome === "invalid" ? <ExportErrorSummary title={TITLES[check.form]} errors={check.errors} /> : null}
      <div className="grid min-w-0 gap-6">
        <ExportForm
          id="spend"
          url={EXPORT_FORMS.spend.url}
          state={spend}
          title="Spend"
          description="Every payment, direct (department to supplier) and indirect (lead partner to consortium member), with exact amounts."
        >
          <DepartmentSelect id="spend" departments={departments} state={spend} />
          <Control id="spend" field="kind" label="Kind" state={spend}>
            {(a11y) => (
              <select {...a11y} name="kind" defaultValue={spend.values.kind} className={control}>
                <option value="all">Direct and indirect</option>
                <option value="DIRECT">Direct only</option>
                <option value="INDIRECT">Indirect (supply chain) only</option>
              </select>
            )}
          </Control>
          <DateRange id="spend" state={spend} />
        </ExportForm>
        {INSIGHT_EXPORTS.map((e) => (
          <ExportForm
            key={e.table}
            id={e.table}
            url={EXPORT_FORMS[e.table].url}
            state={stateOf(e.table)}
            title={e.title}
            description={e.description}
          >
            <DepartmentSelect id={e.table} departments={departments} name="department" state={stateOf(e.table)} />
          </ExportForm>
        ))}
        <ExportForm
          id="ocds"
          url={EXPORT_FORMS.ocds.url}
          state={stateOf("ocds")}
          formats={[]}
          title="OCDS release package"
          description="Contracts as Open Contracting Data Standard 1.1 releases with Find a Tender's extensions: parties, tender, award, consortium (subcontracting) and payments. All you can see, or one department."
        >
          <DepartmentSelect id="ocds" departments={departments} state={stateOf("ocds")} />
        </ExportForm>
        <ExportForm
          id="report"
          url={EXPORT_FORMS.report.url}
          state={stateOf("report")}
          formats={[]}
          title="Department report (PDF)"
          description="Headline spend and SME share against target, spend by month, the riskiest contracts and KPI ratings, for a period of months."
        >
          <DepartmentSelect id="report" departments={departments} required state={stateOf("report")} />
          <DateRange id="report" type="month" state={stateOf("report")} defaults={{ from: "2025-04", to: "2026-03" }} />
        </ExportForm>
        {caller.role !== "COMMERCIAL_LEAD" ? (
          <ExportForm
            id="audit"
            url={EXPORT_FORMS.audit.url}
            state={stateOf("audit")}
            title="Audit trail"
            description="Every recorded change with its before and after, and the hashes that chain the events together."
          >
            <DateRange id="audit" state={stateOf("audit")} />
          </ExportForm>
        ) : null}
      </div>
    </>
  );
}
