// Row shapes and column types of the tables the generator writes (see prisma/schema.prisma).
// Dates are "YYYY-MM-DD" strings, timestamps ISO strings, money decimal strings.
import type { TableSpec } from "./bulk";

type Text = string | null;

export type DepartmentRow = { id: string; name: string; type: string; identifier: Text };
export const DEPARTMENT: TableSpec<DepartmentRow> = {
  name: "Department",
  columns: { id: "text", name: "text", type: '"DepartmentType"', identifier: "text" },
  stampedNow: ["updatedAt"],
};

export type SmeTargetRow = {
  id: string;
  departmentId: string;
  financialYearEnd: number;
  directPercent: string;
  indirectPercent: Text;
};
export const SME_TARGET: TableSpec<SmeTargetRow> = {
  name: "SmeTarget",
  columns: {
    id: "text",
    departmentId: "text",
    financialYearEnd: "integer",
    directPercent: "numeric",
    indirectPercent: "numeric",
  },
};

export type CapabilityRow = { id: string; code: string; name: string; parentId: Text };
export const CAPABILITY: TableSpec<CapabilityRow> = {
  name: "Capability",
  columns: { id: "text", code: "text", name: "text", parentId: "text" },
};

export type FrameworkRow = { id: string; rmNumber: string; name: string; startDate: string; endDate: string };
export const FRAMEWORK: TableSpec<FrameworkRow> = {
  name: "Framework",
  columns: { id: "text", rmNumber: "text", name: "text", startDate: "date", endDate: "date" },
  stampedNow: ["updatedAt"],
};

export type LotRow = { id: string; frameworkId: string; number: string; name: string };
export const LOT: TableSpec<LotRow> = {
  name: "Lot",
  columns: { id: "text", frameworkId: "text", number: "text", name: "text" },
};

export type SupplierRow = {
  id: string;
  legalName: string;
  normalisedName: string;
  companiesHouseNumber: Text;
  otherIdentifiers: readonly { scheme: string; id: string }[];
  addressLine: Text;
  town: Text;
  postcode: Text;
  region: Text;
  website: Text;
  contactEmail: Text;
  isVcse: boolean;
  seeksToLead: boolean;
  seeksToJoin: boolean;
};
export const SUPPLIER: TableSpec<SupplierRow> = {
  name: "Supplier",
  columns: {
    id: "text",
    legalName: "text",
    normalisedName: "text",
    companiesHouseNumber: "text",
    otherIdentifiers: "jsonb",
    addressLine: "text",
    town: "text",
    postcode: "text",
    region: "text",
    website: "text",
    contactEmail: "text",
    isVcse: "boolean",
    seeksToLead: "boolean",
    seeksToJoin: "boolean",
  },
  stampedNow: ["updatedAt"],
};

export type SizeDeclarationRow = {
  id: string;
  supplierId: string;
  asOf: string;
  staffCount: number;
  turnover: string;
  balanceSheetTotal: string;
  sizeClass: string;
  isSme: boolean;
};
export const SIZE_DECLARATION: TableSpec<SizeDeclarationRow> = {
  name: "SizeDeclaration",
  columns: {
    id: "text",
    supplierId: "text",
    asOf: "date",
    staffCount: "integer",
    turnover: "numeric",
    balanceSheetTotal: "numeric",
    sizeClass: '"SizeClass"',
    isSme: "boolean",
  },
  // The demo's declarations stand as checked by its administrators (a supplier's own start unverified).
  stampedNow: ["verifiedAt"],
};

export type SupplierAliasRow = { id: string; supplierId: string; normalisedName: string; rawName: string };
export const SUPPLIER_ALIAS: TableSpec<SupplierAliasRow> = {
  name: "SupplierAlias",
  columns: { id: "text", supplierId: "text", normalisedName: "text", rawName: "text" },
};

export type SupplierCapabilityRow = {
  id: string;
  supplierId: string;
  capabilityId: string;
  description: Text;
  evidence: Text;
};
export const SUPPLIER_CAPABILITY: TableSpec<SupplierCapabilityRow> = {
  name: "SupplierCapability",
  columns: { id: "text", supplierId: "text", capabilityId: "text", description: "text", evidence: "text" },
};

export type LotMembershipRow = {
  id: string;
  supplierId: string;
  lotId: string;
  startDate: string;
  endDate: Text;
  status: string;
  verifiedById: Text;
  verifiedAt: Text;
  rejectionReason: Text;
  createdAt: string;
};
export const LOT_MEMBERSHIP: TableSpec<LotMembershipRow> = {
  name: "LotMembership",
  columns: {
    id: "text",
    supplierId: "text",
    lotId: "text",
    startDate: "date",
    endDate: "date",
    status: '"VerificationStatus"',
    verifiedById: "text",
    verifiedAt: "timestamp(3)",
    rejectionReason: "text",
    createdAt: "timestamp(3)",
  },
};

export type UserRow = {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  role: string;
  departmentId: Text;
  supplierId: Text;
  auditorAllDepartments: boolean;
};
export const USER: TableSpec<UserRow> = {
  name: "User",
  columns: {
    id: "text",
    email: "text",
    name: "text",
    passwordHash: "text",
    role: '"Role"',
    departmentId: "text",
    supplierId: "text",
    auditorAllDepartments: "boolean",
  },
  stampedNow: ["updatedAt"],
};

export type AuditorGrantRow = { id: string; userId: string; departmentId: string; grantedById: Text };
export const AUDITOR_GRANT: TableSpec<AuditorGrantRow> = {
  name: "AuditorGrant",
  columns: { id: "text", userId: "text", departmentId: "text", grantedById: "text" },
};
