import type { Role } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string };

type Entry = { href: string; label: string | (Partial<Record<Role, string>> & { default: string }); roles: Role[] };

const BUYER_SIDE: Role[] = ["ADMIN", "COMMERCIAL_LEAD", "AUDITOR"];
const WRITERS: Role[] = ["ADMIN", "COMMERCIAL_LEAD"];

// One table, in display order: which roles see each area. Pages still check access themselves.
const ENTRIES: Entry[] = [
  { href: "/", label: "Overview", roles: ["ADMIN", "COMMERCIAL_LEAD", "SUPPLIER_USER", "AUDITOR"] },
  // A supplier's one page for its organisation: editable, with a link to how buyers see it (/suppliers/[id]).
  { href: "/portal", label: "Our organisation", roles: ["SUPPLIER_USER"] },
  { href: "/insight", label: "Dashboards", roles: BUYER_SIDE },
  {
    href: "/contracts",
    label: { default: "Contracts", COMMERCIAL_LEAD: "Contract register", SUPPLIER_USER: "Our contracts" },
    roles: ["ADMIN", "COMMERCIAL_LEAD", "SUPPLIER_USER", "AUDITOR"],
  },
  { href: "/notices", label: "Notices", roles: BUYER_SIDE },
  { href: "/suppliers", label: "Suppliers", roles: BUYER_SIDE },
  { href: "/frameworks", label: "Frameworks", roles: ["ADMIN", "COMMERCIAL_LEAD", "SUPPLIER_USER", "AUDITOR"] },
  { href: "/supply-chain-returns", label: "Supply-chain returns", roles: ["SUPPLIER_USER"] },
  { href: "/exports", label: "Exports", roles: BUYER_SIDE },
  { href: "/partner-search", label: "Partner search", roles: [...WRITERS, "SUPPLIER_USER"] },
  { href: "/imports", label: "Imports", roles: WRITERS },
  { href: "/lot-claims", label: "Lot claims", roles: ["ADMIN"] },
  { href: "/admin/users", label: "Users", roles: ["ADMIN"] },
  { href: "/admin/jobs", label: "Jobs", roles: ["ADMIN"] },
  { href: "/admin/outbox", label: "Outbox", roles: ["ADMIN"] },
  { href: "/saved-searches", label: "Saved searches", roles: ["ADMIN", "COMMERCIAL_LEAD", "SUPPLIER_USER", "AUDITOR"] },
  {
    href: "/settings/alerts",
    label: "Alert settings",
    roles: ["ADMIN", "COMMERCIAL_LEAD", "SUPPLIER_USER", "AUDITOR"],
  },
  { href: "/audit", label: "Audit trail", roles: ["ADMIN", "AUDITOR"] },
];

/** The signed-in shell's navigation for a role (a supplier user without an organisation has no /portal). */
export function navigationFor(role: Role, supplierId: string | null): NavItem[] {
  return ENTRIES.filter((e) => e.roles.includes(role) && (e.href !== "/portal" || supplierId)).map((e) => ({
    href: e.href,
    label: typeof e.label === "string" ? e.label : (e.label[role] ?? e.label.default),
  }));
}
