// Figures a benchmark reports for `npm run bench:scale` (scripts/bench/scale.ts): with BENCH_REPORT set, each
// is appended to that file as a JSON line (the script still prints its own lines as before).
import { appendFileSync } from "node:fs";

export type Figure = {
  /** What was measured, the same words at every scale (the table's row). */
  name: string;
  value: number;
  unit: "ms" | "s" | "rows" | "rows/s" | "%" | "MB";
  /** A baseline measured in the same run, or the target a figure is judged by, for the table's reader. */
  note?: string;
};

export function reportFigure(figure: Figure): void {
  const file = process.env.BENCH_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}
