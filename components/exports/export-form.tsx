import type { ReactNode } from "react";

const control = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";

/** A plain GET form to an export URL: the browser downloads the file, and the URL is the script's URL too. */
export function ExportForm({ id, action, title, description, children, formats = ["csv", "xlsx"] }: { id: string; action: string; title: string; description: string; children?: ReactNode; formats?: string[] }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-300 bg-white p-5">
      <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
      <p className="mb-3 text-slate-800">{description}</p>
      <form method="get" action={action} className="flex flex-wrap items-end gap-3">
        {children}
        {formats.length > 1 ? (
          <div>
            <label htmlFor={`${id}-format`} className="block text-sm font-medium">Format</label>
            <select id={`${id}-format`} name="format" className={control}>
              {formats.map((f) => (
                <option key={f} value={f}>{f.toUpperCase()}</option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Download</button>
      </form>
      <p className="mt-2 font-mono text-xs text-slate-700">GET {action}</p>
    </section>
  );
}

export function DepartmentSelect({ id, departments, required }: { id: string; departments: Array<{ id: string; name: string }>; required?: boolean }) {
  return (
    <div>
      <label htmlFor={`${id}-department`} className="block text-sm font-medium">Department</label>
      <select id={`${id}-department`} name="departmentId" required={required} className={control}>
        {required ? null : <option value="">All you can see</option>}
        {departments.map((d) => (
          <option key={d.id} value={d.id}>{d.name}</option>
        ))}
      </select>
    </div>
  );
}

export function DateRange({ id }: { id: string }) {
  return (
    <>
      <div>
        <label htmlFor={`${id}-from`} className="block text-sm font-medium">From</label>
        <input id={`${id}-from`} name="from" type="date" className={control} />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="block text-sm font-medium">To</label>
        <input id={`${id}-to`} name="to" type="date" className={control} />
      </div>
    </>
  );
}
