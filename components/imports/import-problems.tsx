import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format";

type Problem = { row: number; column: string; value: string; message: string };

const SHOWN = 50;

/** Why a file was rejected: the first problems here, all of them in the downloadable report. */
export function ImportProblems({
  importId,
  problems,
  warningsOnly = false,
}: {
  importId: string;
  problems: Problem[];
  warningsOnly?: boolean;
}) {
  return (
    <section aria-labelledby="problems-heading" className="space-y-3">
      <h2 id="problems-heading" className="text-xl font-semibold text-slate-900">
        {warningsOnly ? "Warnings" : "Why the file was rejected"}
      </h2>
      <p className="text-slate-800">
        {warningsOnly
          ? "The file was imported; these parts of it were ignored."
          : `Nothing from this file was written. Correct ${problems.length === 1 ? "this line" : "these lines"} and upload the file again.`}{" "}
        <a className="font-medium text-brand-700 underline" href={`/api/imports/${importId}/errors`} download>
          Download the {warningsOnly ? "warnings" : "error report"} (CSV, {formatCount(problems.length)}{" "}
          {problems.length === 1 ? "problem" : "problems"})
        </a>
      </p>
      <DataTable
        caption="Problems found in the file"
        rows={problems.slice(0, SHOWN).map((p, i) => ({ ...p, key: String(i) }))}
        rowKey={(p) => p.key}
        columns={[
          { key: "row", header: "Row", align: "right", cell: (p) => (p.row > 0 ? formatCount(p.row) : "—") },
          { key: "column", header: "Column or JSON path", cell: (p) => p.column || "—" },
          { key: "value", header: "Value", cell: (p) => (p.value ? <code>{p.value}</code> : "—") },
          { key: "message", header: "Problem", cell: (p) => p.message },
        ]}
      />
      {problems.length > SHOWN ? (
        <p className="text-slate-700">Showing the first {SHOWN}; the report lists them all.</p>
      ) : null}
    </section>
  );
}
