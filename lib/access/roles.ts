// Safe for client code: role names and labels only.
export const ROLES = ["ADMIN", "COMMERCIAL_LEAD", "SUPPLIER_USER", "AUDITOR"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Administrator",
  COMMERCIAL_LEAD: "Commercial lead",
  SUPPLIER_USER: "Supplier",
  AUDITOR: "Auditor",
};
