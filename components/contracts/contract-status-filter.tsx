import { CONTRACT_STATUSES, STATUS_LABELS } from "@/lib/contracts/schema";

export function ContractStatusFilter({ value }: { value?: string }) {
  return (
    <div>
      <label htmlFor="status" className="block text-sm font-medium text-slate-900">
        Status
      </label>
      <select
        id="status"
        name="status"
        defaultValue={value ?? ""}
        className="mt-1 rounded border border-slate-500 bg-white px-3 py-2"
      >
        <option value="">Any status</option>
        {CONTRACT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </div>
  );
}
