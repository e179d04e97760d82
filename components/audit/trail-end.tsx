import { describeProblem, type TrailVerification } from "@/lib/audit/verify";
import { formatDateTime } from "@/lib/dates/format";
import { formatCount } from "@/lib/format";

/** What the signed checkpoints (outside the database) say about the end of the trail. */
export function TrailEnd({ end, file }: { end: TrailVerification["end"]; file: string }) {
  if (end.status === "broken") {
    return (
      <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
        <p className="text-lg font-bold">The end of the audit trail has been altered.</p>
        <p className="mt-1">The hash chain links, but {describeProblem(end.problem)}.</p>
      </div>
    );
  }
  if (end.status === "confirmed") {
    return (
      <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
        <p className="font-bold">
          The end of the trail agrees with {formatCount(end.checkpoints)} signed{" "}
          {end.checkpoints === 1 ? "checkpoint" : "checkpoints"}.
        </p>
        <p className="mt-1">
          The latest, {formatDateTime(new Date(end.checkpoint.at))}, recorded {formatCount(end.checkpoint.eventCount)}{" "}
          events; {formatCount(end.eventsSince)} recorded since are covered only by the hash chain until the next
          checkpoint.
        </p>
      </div>
    );
  }
  return (
    <div role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
      <p className="font-bold">The end of the trail cannot be checked yet.</p>
      <p className="mt-1">
        {end.status === "no-key"
          ? end.message
          : `There is no signed checkpoint in ${file} yet. Write one now; without one, events removed from the end would not be noticed.`}
      </p>
    </div>
  );
}
