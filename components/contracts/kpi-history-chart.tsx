"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";

const TICKS: Record<number, string> = { 1: "Inadequate", 2: "Requires impr.", 3: "Approaching", 4: "Good" };

/**
 * A KPI's ratings over time as a small line. Decorative for assistive technology: the table beside
 * it carries the same data (ratings marked Other have no place on the scale and appear only there).
 */
export function KpiHistoryChart({ points }: { points: Array<{ date: string; score: number | null }> }) {
  return (
    <div aria-hidden="true" className="relative overflow-x-auto">
      <LineChart
        width={360}
        height={150}
        data={points}
        accessibilityLayer={false}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid stroke="#cbd5e1" strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={{ fontSize: 11, fill: "#334155" }} />
        <YAxis
          domain={[1, 4]}
          ticks={[1, 2, 3, 4]}
          width={96}
          tickFormatter={(v: number) => TICKS[v] ?? ""}
          tick={{ fontSize: 11, fill: "#334155" }}
        />
        <Line
          type="monotone"
          dataKey="score"
          stroke="#1d4ed8"
          strokeWidth={2}
          dot={{ r: 4 }}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
