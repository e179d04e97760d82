// Shown while a signed-in page's queries run (streamed first, replaced by the page).
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-16 text-slate-800">
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-700" aria-hidden="true" />
      Loading…
    </div>
  );
}
