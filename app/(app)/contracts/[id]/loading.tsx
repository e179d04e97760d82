/** The contract page gathers spend, KPIs and history: say so while it loads. */
export default function Loading() {
  return (
    <p role="status" className="text-slate-700">
      Loading the contract…
    </p>
  );
}
