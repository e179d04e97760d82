import Link from "next/link";
import type { ReactNode } from "react";

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Set when the column can be sorted by the server; the value is the sort key. */
  sortKey?: string;
  align?: "left" | "right";
};

type SortState = { sort: string; dir: "asc" | "desc"; hrefFor: (sort: string, dir: "asc" | "desc") => string };

/** A server-rendered table whose sortable headers are links, so sorting works without JavaScript. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sort?: SortState;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      {/* Cell styles are set once on the table, not repeated on every cell: dashboards render hundreds of cells. */}
      <table className="w-full border-collapse text-left text-sm [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&>tbody>tr]:border-t [&>tbody>tr]:border-slate-200 [&>tbody>tr:hover]:bg-slate-50">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-900">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`px-3 py-2 font-semibold ${column.align === "right" ? "text-right" : ""}`}
                aria-sort={sortAria(sort, column.sortKey)}
              >
                {sort && column.sortKey ? <SortLink column={column} sort={sort} /> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.align === "right" ? "text-right tabular-nums" : undefined}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function sortAria(sort: SortState | undefined, key: string | undefined) {
  if (!sort || !key || sort.sort !== key) return undefined;
  return sort.dir === "asc" ? "ascending" : "descending";
}

function SortLink<Row>({ column, sort }: { column: Column<Row>; sort: SortState }) {
  const active = sort.sort === column.sortKey;
  const nextDir = active && sort.dir === "asc" ? "desc" : "asc";
  return (
    <Link href={sort.hrefFor(column.sortKey!, nextDir)} className="inline-flex items-center gap-1 text-brand-700 underline-offset-2 hover:underline">
      {column.header}
      <span aria-hidden="true">{active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      {active ? <span className="sr-only">(sorted {sort.dir === "asc" ? "ascending" : "descending"})</span> : null}
    </Link>
  );
}
