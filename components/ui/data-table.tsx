import { ScrollBox } from "@/components/ui/scroll-box";
import Link from "next/link";
import type { ReactNode } from "react";

export type Column<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** Set when the column can be sorted by the server; the value is the sort key. */
  sortKey?: string;
  align?: "left" | "right";
  /** The cell names its row (a field name, say): rendered as a row header for screen readers. */
  rowHeader?: boolean;
  /** Extra classes for this column's cells, e.g. `whitespace-nowrap` for a date-time. */
  cellClassName?: string;
};

type SortState = { sort: string; dir: "asc" | "desc"; hrefFor: (sort: string, dir: "asc" | "desc") => string };

/** A server-rendered table whose sortable headers are links, so sorting works without JavaScript. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  captionVisible = false,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sort?: SortState;
  /** Shown above the table (a panel with several tables); otherwise for screen readers only. */
  captionVisible?: boolean;
}) {
  return (
    // relative: the screen-reader-only texts inside (absolutely positioned) stay in the scroll box instead
    // of widening the page on a phone.
    <ScrollBox className="rounded-lg border border-slate-300 bg-white">
      {/* Cell styles are set once on the table, not repeated on every cell: dashboards render hundreds of cells. */}
      <table className="w-full border-collapse text-left text-sm [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:align-top [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&>tbody>tr]:border-t [&>tbody>tr]:border-slate-200 [&>tbody>tr:hover]:bg-slate-50">
        <caption className={captionVisible ? "px-3 py-2 text-left font-medium text-slate-800" : "sr-only"}>
          {caption}
        </caption>
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
              {columns.map((column) => {
                const className = cellClass(column);
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={`font-semibold ${className ?? ""}`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function cellClass<Row>(column: Column<Row>): string | undefined {
  const classes = [column.align === "right" ? "text-right tabular-nums" : "", column.cellClassName ?? ""];
  return classes.filter(Boolean).join(" ") || undefined;
}

function sortAria(sort: SortState | undefined, key: string | undefined) {
  if (!sort || !key || sort.sort !== key) return undefined;
  return sort.dir === "asc" ? "ascending" : "descending";
}

function SortLink<Row>({ column, sort }: { column: Column<Row>; sort: SortState }) {
  const active = sort.sort === column.sortKey;
  const nextDir = active && sort.dir === "asc" ? "desc" : "asc";
  return (
    <Link
      href={sort.hrefFor(column.sortKey!, nextDir)}
      className="inline-flex items-center gap-1 text-brand-700 underline-offset-2 hover:underline"
    >
      {column.header}
      <span aria-hidden="true">{active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}</span>
      {active ? <span className="sr-only">(sorted {sort.dir === "asc" ? "ascending" : "descending"})</span> : null}
    </Link>
  );
}
