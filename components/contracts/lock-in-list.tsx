import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { LockInFactor } from "@/lib/risk/lock-in";
import type { LOCK_IN_BANDS } from "@/lib/risk/weights";

type LockIn = {
  score: number;
  band: (typeof LOCK_IN_BANDS)[number];
  factors: LockInFactor[];
  scoredOnDashboards: boolean;
};

const BAND_TONE = { low: "good", moderate: "warn", high: "bad", severe: "bad" } as const;

/** The contract's lock-in score as the dashboards compute it: its band, and every factor that adds to it. */
export function LockInList({ lockIn, showMethod }: { lockIn: LockIn; showMethod: boolean }) {
  const { score, band, factors } = lockIn;
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-slate-900">
        <span className="text-2xl font-bold tabular-nums">{score}</span>
        <span>out of 100</span>
        <Badge tone={BAND_TONE[band.key]}>{band.label}</Badge>
      </p>
      {factors.length === 0 ? (
        <p className="text-slate-800">None of the lock-in factors applies to this contract.</p>
      ) : (
        <>
          <p className="text-slate-800">
            The score is the sum of the weights of the {factors.length === 1 ? "factor" : `${factors.length} factors`}{" "}
            that apply:
          </p>
          <ul className="divide-y divide-slate-200 rounded border border-slate-300">
            {factors.map((f) => (
              <li key={f.key} className="flex gap-3 px-3 py-2">
                <span
                  className="w-10 shrink-0 text-right font-semibold text-slate-900 tabular-nums"
                  aria-label={`weight ${f.weight}`}
                >
                  +{f.weight}
                </span>
                <span className="min-w-0">
                  <span className="block font-semibold text-slate-900">{f.label}</span>
                  <span className="block text-sm text-slate-800">Evidence: {f.evidence}</span>
                  <span className="block text-xs text-slate-700">Source: {f.source}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {lockIn.scoredOnDashboards ? null : (
        <p className="text-sm text-slate-700">
          The dashboards score active contracts only; this contract is not among them.
        </p>
      )}
      {showMethod ? (
        <p className="text-sm">
          <Link href="/insight/lock-in-method" className="text-brand-700 underline">
            How the lock-in score is worked out
          </Link>
        </p>
      ) : null}
    </div>
  );
}
