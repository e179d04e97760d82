// Audit events in words: the action's name and each changed field, before and after. Pure; safe for
// client code. The action keys are the ones the actions record (lib/*/actions.ts).
import { formatDate, formatDateTime } from "@/lib/dates/format";

const ACTION_LABELS: Record<string, string> = {
  "contract.create": "Contract created",
  "contract.update": "Contract edited",
  "contract.close": "Contract closed",
  "contract.owner": "Contract owner changed",
  "amendment.create": "Change recorded",
  "performance_failure.create": "Breach or failure to improve recorded",
  "notice.draft": "Notice drafted",
  "notice.approve": "Notice approved",
  "notice.publish": "Notice marked published",
  "partnership.member_add": "Member added",
  "partnership.member_remove": "Member left",
  "kpi.create": "KPI added",
  "kpi.assess": "KPI assessed",
  "social_value.commit": "Social value commitment added",
  "social_value.deliver": "Social value delivery recorded",
  "lot-membership.claim": "Lot claimed",
  "lot-membership.verify": "Lot claim verified",
  "lot-membership.reject": "Lot claim rejected",
  "supplier.register": "Supplier registered",
  "supplier.create": "Supplier created",
  "supplier.update": "Organisation details changed",
  "supplier.size.declare": "Size declared",
  "supplier.capability.remove": "Capability removed",
  "supplier.alias.link": "Supplier name linked",
  "supplier.invitation.create": "Colleague invited",
  "supplier.invitation.accept": "Invitation accepted",
  "supply-chain-return.submit": "Supply-chain return filed",
  "import.complete": "Import completed",
  "import.await-matches": "Import waiting for supplier matches",
  "import.party.match": "Supplier matched for an import",
  "auditor.access.set": "Auditor access granted",
  "auditor.access.revoke": "Auditor access revoked",
  "user.create": "User created",
  "user.invite": "User invited",
  "user.sessions.revoke": "Signed out everywhere",
  "seed.demo": "Demo data loaded",
};

/** "lot-membership.verify" → "Lot claim verified"; an action not listed reads as its words. */
export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "pledgedSharePercent" → "Pledged share percent". */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** A stored value for a person: dates as dates, yes/no, lists and records in short. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return formatDate(new Date(value));
    if (ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return formatDateTime(new Date(value));
    return value;
  }
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(valueText).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${fieldLabel(k)}: ${valueText(v)}`)
    .join("; ");
}

// Bookkeeping fields that change on every write and say nothing about the change.
const IGNORED = new Set(["id", "createdAt", "updatedAt", "version", "hash", "prevHash"]);

export type FieldChange = { field: string; before: string; after: string };

/**
 * The fields an event changed, before and after, in words. A creation (no before) lists what was set;
 * a record nested under one key ({ member: {...} }) is opened up.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const open = (v: unknown): Record<string, unknown> => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return v === null || v === undefined ? {} : { value: v };
    const entries = Object.entries(v as Record<string, unknown>);
    const only = entries.length === 1 ? entries[0]! : null;
    return only && only[1] && typeof only[1] === "object" && !Array.isArray(only[1])
      ? (only[1] as Record<string, unknown>)
      : (v as Record<string, unknown>);
  };
  const b = open(before);
  const a = open(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({
      field: fieldLabel(k),
      before: k in b ? valueText(b[k]) : "—",
      after: k in a ? valueText(a[k]) : "—",
    }));
}
