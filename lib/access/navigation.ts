import { roleCan, type Capability } from "@/lib/access/capabilities";
import type { Role } from "@/lib/access/roles";

export type NavItem = { href: string; label: string };

type Entry = {
  href: string;
  label: string | (Partial<Record<Role, string>> & { default: string });
  /** The capability the area is for; none for areas every signed-in person has. */
  can?: Capability;
};

// One table, in display order: who sees each area, by the capability its page checks (lib/access/capabilities.ts).
const ENTRIES: Entry[] = [
  { href: "/", label: "Overview" },
  // A supplier's one page for its organisation: editable, with a link to how buyers see it (/suppliers/[id]).
  { href: "/portal", label: "Our organisation", can: "maintainOwnSupplier" },
  { href: "/insight", label: "Dashboards", can: "readInsight" },
  {
    href: "/contracts",
    label: { default: "Contracts", COMMERCIAL_LEAD: "Contract register", SUPPLIER_USER: "Our contracts" },
  },
  { href: "/notices", label: "Notices", can: "readNotices" },
  { href: "/suppliers", label: "Suppliers", can: "browseSuppliers" },
  { href: "/frameworks", label: "Frameworks" },
  { href: "/supply-chain-returns", label: "Supply-chain returns", can: "fileSupplyChainReturns" },
  { href: "/exports", label: "Exports", can: "export" },
  { href: "/partner-search", label: "Partner search", can: "searchPartners" },
  { href: "/imports", label: "Imports", can: "importSpend" },
  { href: "/lot-claims", label: "Lot claims", can: "verifyClaims" },
  { href: "/admin/users", label: "Users", can: "manageUsers" },
  { href: "/admin/jobs", label: "Jobs", can: "manageJobs" },
  { href: "/admin/outbox", label: "Outbox", can: "manageJobs" },
  { href: "/saved-searches", label: "Saved searches" },
  { href: "/settings/alerts", label: "Alert settings" },
  { href: "/audit", label: "Audit trail", can: "readAudit" },
];

/** The signed-in shell's navigation for a role (a supplier user without an organisation has no /portal). */
export function navigationFor(role: Role, supplierId: string | null): NavItem[] {
  return ENTRIES.filter((e) => (!e.can || roleCan(role, e.can)) && (e.href !== "/portal" || supplierId)).map((e) => ({
    href: e.href,
    label: typeof e.label === "string" ? e.label : (e.label[role] ?? e.label.default),
  }));
}
