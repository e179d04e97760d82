import type { Role } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string };

/** The signed-in shell's navigation, by role. Pages still check access themselves. */
export function navigationFor(role: Role, supplierId: string | null): NavItem[] {
  switch (role) {
    case "ADMIN":
      return [
        { href: "/", label: "Overview" },
        { href: "/insight", label: "Dashboards" },
        { href: "/contracts", label: "Contracts" },
        { href: "/suppliers", label: "Suppliers" },
        { href: "/frameworks", label: "Frameworks" },
        { href: "/exports", label: "Exports" },
        { href: "/admin/users", label: "Users" },
        { href: "/audit", label: "Audit trail" },
        { href: "/partner-search", label: "Partner search" },
        { href: "/lot-claims", label: "Lot claims" },
        { href: "/imports", label: "Imports" },
      ];
    case "COMMERCIAL_LEAD":
      return [
        { href: "/", label: "Overview" },
        { href: "/insight", label: "Dashboards" },
        { href: "/contracts", label: "Contract register" },
        { href: "/suppliers", label: "Suppliers" },
        { href: "/frameworks", label: "Frameworks" },
        { href: "/exports", label: "Exports" },
        { href: "/partner-search", label: "Partner search" },
        { href: "/imports", label: "Imports" },
      ];
    case "SUPPLIER_USER":
      return [
        { href: "/", label: "Overview" },
        ...(supplierId ? [{ href: `/suppliers/${supplierId}`, label: "Our organisation" }] : []),
        { href: "/contracts", label: "Our contracts" },
        { href: "/frameworks", label: "Frameworks" },
        { href: "/portal", label: "Our profile" },
        { href: "/supply-chain-returns", label: "Supply-chain returns" },
      ];
    case "AUDITOR":
      return [
        { href: "/", label: "Overview" },
        { href: "/insight", label: "Dashboards" },
        { href: "/contracts", label: "Contracts" },
        { href: "/suppliers", label: "Suppliers" },
        { href: "/frameworks", label: "Frameworks" },
        { href: "/exports", label: "Exports" },
        { href: "/audit", label: "Audit trail" },
      ];
  }
}
