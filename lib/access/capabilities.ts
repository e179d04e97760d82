// Who may do what: every permission the product checks, named once with the roles that hold it. Queries,
// actions, route handlers, pages, the navigation and the authorisation-matrix test all read this table.
// Safe for client code: names and roles only. What a holder may touch (which departments, which supplier)
// is the scope, in lib/access/departments.ts and lib/access/scope.ts.
import type { Role } from "@/lib/access/roles";

const BUYERS = ["ADMIN", "COMMERCIAL_LEAD", "AUDITOR"] as const satisfies readonly Role[];
const WRITERS = ["ADMIN", "COMMERCIAL_LEAD"] as const satisfies readonly Role[];

export const CAPABILITIES = {
  /** Dashboards and the lock-in method. */
  readInsight: BUYERS,
  /** The supplier register, in the menu (a supplier opens its own organisation from its portal instead). */
  browseSuppliers: BUYERS,
  /** Procurement Act notices: read and download. */
  readNotices: BUYERS,
  /** CSV, XLSX, PDF and OCDS exports of the caller's departments. */
  export: BUYERS,
  /** Contracts, partnerships, KPIs, amendments, social value and notices: create and change. */
  writeContracts: WRITERS,
  /** Upload and follow "spend over £25k" imports, match their supplier names. */
  importSpend: WRITERS,
  /** Upload OCDS release packages (they create contracts in any department). */
  importOcds: ["ADMIN"],
  /** Search the supplier register for partners, and save such a search. */
  searchPartners: ["ADMIN", "COMMERCIAL_LEAD", "SUPPLIER_USER"],
  /** The audit trail: read, verify, export and sign a checkpoint. */
  readAudit: ["ADMIN", "AUDITOR"],
  /** Users: create, invite, disable, grant auditors departments. */
  manageUsers: ["ADMIN"],
  /** Background jobs and the mail outbox: read, retry. */
  manageJobs: ["ADMIN"],
  /** Suppliers' claims (lot memberships, identity, size): verify or reject; merge duplicate suppliers. */
  verifyClaims: ["ADMIN"],
  /** A supplier's own organisation: details, capabilities, size, lot claims, colleagues. */
  maintainOwnSupplier: ["SUPPLIER_USER"],
  /** A lead partner's supply-chain returns. */
  fileSupplyChainReturns: ["SUPPLIER_USER"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/** Whether a role holds a capability. */
export function roleCan(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

/** Whether the caller (anything with a role) holds a capability. */
export function can(caller: { role: Role }, capability: Capability): boolean {
  return roleCan(caller.role, capability);
}
