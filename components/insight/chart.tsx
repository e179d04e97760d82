"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatCount, formatMoneyCompact, formatPercent } from "@/lib/format";

export type ChartSeries = { key: string; label: string; color: string };
export type ChartRow = { label: string } & Record<string, string | number>;

const ROW_HEIGHT_PX = 30;

// One look for every dashboard chart. Values here are floats for drawing only; the exact figures
// are in the data table beside each chart (components/insight/chart-figure.tsx). "bars" stand in time
// or short categories along the bottom; "rows" are horizontal bars, one per named thing (suppliers,
// markets), with its name on the left, where a name would not fit under a bar.
export function InsightChart({
  kind,
  rows,
  series,
  unit,
  stacked = false,
}: {
  kind: "bar" | "rows" | "line";
  rows: ChartRow[];
  series: ChartSeries[];
  unit: "money" | "percent" | "count";
  stacked?: boolean;
}) {
  const format = (v: number) =>
    unit === "money" ? formatMoneyCompact(v) : unit === "percent" ? formatPercent(v) : formatCount(v);
  const axis = { tick: { fill: "#334155", fontSize: 12 }, stroke: "#64748b" };
  const common = { data: rows, margin: { top: 8, right: 16, bottom: 8, left: 16 }, accessibilityLayer: false };
  const bars = [
    series.length > 1 ? <Legend key="legend" /> : null,
    ...series.map((s) => (
      <Bar
        key={s.key}
        dataKey={s.key}
        name={s.label}
        fill={s.color}
        stackId={stacked ? "stack" : undefined}
        isAnimationActive={false}
      />
    )),
  ];
  if (kind === "rows") {
    return (
      <div aria-hidden="true" className="w-full" style={{ height: Math.max(160, rows.length * ROW_HEIGHT_PX + 56) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart {...common} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            <XAxis type="number" tickFormatter={format} {...axis} />
            <YAxis type="category" dataKey="label" width={230} interval={0} {...axis} />
            <Tooltip formatter={(v) => format(Number(v))} />
            {bars}
          </BarChart>
        </ResponsiveContainer>
      </div>
    );
  }
  return (
    // The chart is a picture of the table that follows it; screen readers get the table instead.
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        {kind === "bar" ? (
          <BarChart {...common}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            <XAxis dataKey="label" {...axis} />
            <YAxis tickFormatter={format} width={80} {...axis} />
            <Tooltip formatter={(v) => format(Number(v))} />
            {bars}
          </BarChart>
        ) : (
          <LineChart {...common}>
            <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
            <XAxis dataKey="label" {...axis} />
            <YAxis tickFormatter={format} width={80} {...axis} />
            <Tooltip formatter={(v) => format(Number(v))} />
            <Legend />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.color}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
