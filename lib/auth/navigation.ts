import type { Role } from "@/lib/auth/roles";

export type NavItem = { href: string; label: string };

/** The signed-in shell's navigation, by role. Pages still check access themselves. */
export function navigationFor(role: Role, supplierId: string | null): NavItem[] {
  switch (role) {
    case "ADMIN":
      return [
        { href: "/", label: "Overview" },
        { href: "/contracts", label: "Contracts" },
        { href: "/suppliers", label: "Suppliers" },
        { href: "/frameworks", label: "Frameworks" },
        { href: "/admin/users", label: "Users" },
        { href: "/audit", label: "Audit trail" },
        { href: "/imports", label: "Imports" },
      ];
    case "COMMERCIAL_LEAD":
      return [
        { href: "/", label: "Overview" },
        { href: "/contracts", label: "Contract register" },
        { href: "/suppliers", label: "Suppliers" },
        { href: "/frameworks", label: "Frameworks" },
        { href: "/imports", label: "Imports" },
      ];
    case "SUPPLIER_USER":
      return [
        { href: "/", label: "Overview" },
        ...(supplierId ? [{ href: `/suppliers/${supplierId}`, label: "Our organisation" }] : []),
        { href: "/contracts", label: "Our contracts" },
        { href: "/frameworks", label: "Frameworks" },
      ];
    case "AUDITOR":
      return [
        { href: "/", label: "Overview" },
        { href: "/contracts", label: "Contracts" },
        { href: "/suppliers", label: "Suppliers" },
        { href: "/frameworks", label: "Frameworks" },
        { href: "/audit", label: "Audit trail" },
      ];
  }
}
