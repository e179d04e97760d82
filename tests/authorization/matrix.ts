// THE authorisation table: every page, route handler and server action, and what each role may do.
// tests/integration/authorization-matrix.test.ts fails when a route or action exists that is not here.
import type { Outcome } from "@/tests/authorization/outcome";
import type { Who, World } from "@/tests/authorization/world";

type Expect = Record<Who, Outcome>;
export type Entry =
  | { kind: "page"; file: string; params?: (w: World) => Record<string, string> }
  | { kind: "route"; file: string; method: "GET" | "POST"; query?: (w: World) => string; params?: (w: World) => Record<string, string> }
  | { kind: "action"; file: string; name: string; input: (w: World) => Record<string, string> };

const everyone: Expect = { signedOut: "allow", admin: "allow", leadA: "allow", leadB: "allow", supplierX: "allow", supplierY: "allow", auditorA: "allow" };
const signedIn: Expect = { ...everyone, signedOut: "login" };
const adminOnly: Expect = { signedOut: "login", admin: "allow", leadA: "forbidden", leadB: "forbidden", supplierX: "forbidden", supplierY: "forbidden", auditorA: "forbidden" };
const readersOfA: Expect = { signedOut: "login", admin: "allow", leadA: "allow", leadB: "notFound", supplierX: "allow", supplierY: "notFound", auditorA: "allow" };
const auditReaders: Expect = { ...adminOnly, auditorA: "allow" };
const exporters: Expect = { signedOut: "login", admin: "allow", leadA: "allow", leadB: "allow", supplierX: "forbidden", supplierY: "forbidden", auditorA: "allow" };
const exportersOfA: Expect = { ...exporters, leadB: "forbidden" };
const supplierUsers: Expect = { signedOut: "login", admin: "forbidden", leadA: "forbidden", leadB: "forbidden", supplierX: "allow", supplierY: "allow", auditorA: "forbidden" };
const partnerSearchers: Expect = { ...adminOnly, leadA: "allow", leadB: "allow" };
const importers: Expect = { signedOut: "login", admin: "allow", leadA: "allow", leadB: "allow", supplierX: "forbidden", supplierY: "forbidden", auditorA: "forbidden" };
const importersOfA: Expect = { ...importers, leadB: "notFound" };
const signedOutOnly: Expect = { signedOut: "allow", admin: "redirect", leadA: "redirect", leadB: "redirect", supplierX: "redirect", supplierY: "redirect", auditorA: "redirect" };
// Contract writers: admins and leads; a lead's forged ids for department A's records are refused.
// "allow" here means the action reached its domain rules and answered the form (inputs are chosen to
// stop at a rule after the scope check, so the table changes nothing); "redirect" means it saved.
const contractWritersOfA: Expect = { signedOut: "login", admin: "allow", leadA: "allow", leadB: "forbidden", supplierX: "forbidden", supplierY: "forbidden", auditorA: "forbidden" };
const contractWriters: Expect = { ...contractWritersOfA, leadB: "allow" };

export const MATRIX: Array<{ entry: Entry; expect: Expect }> = [
  // Pages
  {
    entry: { kind: "page", file: "app/(auth)/login/page.tsx" },
    expect: { signedOut: "allow", admin: "redirect", leadA: "redirect", leadB: "redirect", supplierX: "redirect", supplierY: "redirect", auditorA: "redirect" },
  },
  { entry: { kind: "page", file: "app/(app)/page.tsx" }, expect: signedIn },
  { entry: { kind: "page", file: "app/(app)/contracts/page.tsx" }, expect: signedIn },
  { entry: { kind: "page", file: "app/(app)/contracts/[id]/page.tsx", params: (w) => ({ id: w.contractA.id }) }, expect: readersOfA },
  { entry: { kind: "page", file: "app/(app)/suppliers/page.tsx" }, expect: signedIn },
  {
    entry: { kind: "page", file: "app/(app)/suppliers/[id]/page.tsx", params: (w) => ({ id: w.supplierX.id }) },
    expect: { ...signedIn, supplierY: "notFound" },
  },
  { entry: { kind: "page", file: "app/(app)/frameworks/page.tsx" }, expect: signedIn },
  { entry: { kind: "page", file: "app/(app)/frameworks/[id]/page.tsx", params: (w) => ({ id: w.framework.id }) }, expect: signedIn },
  { entry: { kind: "page", file: "app/(app)/exports/page.tsx" }, expect: exporters },
  { entry: { kind: "page", file: "app/(app)/insight/page.tsx" }, expect: exporters },
  { entry: { kind: "page", file: "app/(app)/insight/partnerships/page.tsx" }, expect: exporters },
  { entry: { kind: "page", file: "app/(app)/insight/contracts/page.tsx" }, expect: exporters },
  { entry: { kind: "page", file: "app/(app)/insight/lock-in-method/page.tsx" }, expect: exporters },
  { entry: { kind: "page", file: "app/(app)/contracts/new/page.tsx" }, expect: contractWriters },
  { entry: { kind: "page", file: "app/(app)/contracts/[id]/edit/page.tsx", params: (w) => ({ id: w.contractA.id }) }, expect: { ...contractWritersOfA, leadB: "notFound" } },
  { entry: { kind: "page", file: "app/(app)/audit/page.tsx" }, expect: auditReaders },
  { entry: { kind: "page", file: "app/(app)/audit/verify/page.tsx" }, expect: auditReaders },
  { entry: { kind: "page", file: "app/(app)/admin/users/page.tsx" }, expect: adminOnly },
  { entry: { kind: "page", file: "app/(app)/admin/users/[id]/page.tsx", params: (w) => ({ id: w.users.auditorA.id }) }, expect: adminOnly },
  { entry: { kind: "page", file: "app/(auth)/register/page.tsx" }, expect: signedOutOnly },
  { entry: { kind: "page", file: "app/(auth)/register/join/page.tsx" }, expect: everyone },
  { entry: { kind: "page", file: "app/(app)/portal/page.tsx" }, expect: supplierUsers },
  { entry: { kind: "page", file: "app/(app)/supply-chain-returns/page.tsx" }, expect: supplierUsers },
  { entry: { kind: "page", file: "app/(app)/partner-search/page.tsx" }, expect: partnerSearchers },
  { entry: { kind: "page", file: "app/(app)/lot-claims/page.tsx" }, expect: adminOnly },
  { entry: { kind: "page", file: "app/(app)/imports/page.tsx" }, expect: importers },
  { entry: { kind: "page", file: "app/(app)/imports/[id]/page.tsx", params: (w) => ({ id: w.importA.id }) }, expect: importersOfA },

  // Route handlers
  { entry: { kind: "route", file: "app/api/health/route.ts", method: "GET" }, expect: everyone },
  { entry: { kind: "route", file: "app/api/ready/route.ts", method: "GET" }, expect: everyone },
  { entry: { kind: "route", file: "app/api/exports/spend/route.ts", method: "GET", query: (w) => `departmentId=${w.deptA.id}` }, expect: exportersOfA },
  { entry: { kind: "route", file: "app/api/exports/ocds/route.ts", method: "GET", query: (w) => `departmentId=${w.deptA.id}` }, expect: exportersOfA },
  { entry: { kind: "route", file: "app/api/exports/audit/route.ts", method: "GET" }, expect: auditReaders },
  { entry: { kind: "route", file: "app/api/exports/insight/[table]/route.ts", method: "GET", params: () => ({ table: "lock-in" }) }, expect: exporters },
  { entry: { kind: "route", file: "app/api/reports/department/route.ts", method: "GET", query: (w) => `departmentId=${w.deptA.id}&from=2025-04&to=2026-03` }, expect: exportersOfA },
  // The register's CSV: the same rows the register page shows the caller.
  { entry: { kind: "route", file: "app/api/contracts/export/route.ts", method: "GET" }, expect: signedIn },
  { entry: { kind: "route", file: "app/api/imports/[id]/errors/route.ts", method: "GET", params: (w) => ({ id: w.importA.id }) }, expect: importersOfA },
  // The lead partner and member pickers' suggestions: for those who write contracts.
  { entry: { kind: "route", file: "app/api/suppliers/search/route.ts", method: "GET", query: (w) => `q=${encodeURIComponent(w.supplierX.legalName)}` }, expect: contractWriters },

  // Server actions (called with the ids of records the caller should not touch where that matters)
  { entry: { kind: "action", file: "lib/users/actions.ts", name: "setAuditorAccess", input: (w) => ({ userId: w.targets.auditor.id, allDepartments: "on" }) }, expect: adminOnly },
  { entry: { kind: "action", file: "lib/users/actions.ts", name: "revokeAuditorAccess", input: (w) => ({ userId: w.targets.auditor.id }) }, expect: adminOnly },
  { entry: { kind: "action", file: "lib/users/actions.ts", name: "signOutEverywhere", input: (w) => ({ userId: w.targets.lead.id }) }, expect: adminOnly },
  // Supplier portal: inputs that fail validation or name records that do not exist, so no attempt changes the world.
  { entry: { kind: "action", file: "lib/suppliers/actions.ts", name: "registerSupplier", input: () => ({ legalName: "" }) }, expect: everyone },
  { entry: { kind: "action", file: "lib/suppliers/actions.ts", name: "updateOrganisation", input: () => ({ town: "" }) }, expect: supplierUsers },
  { entry: { kind: "action", file: "lib/suppliers/actions.ts", name: "declareSize", input: () => ({ staffCount: "x" }) }, expect: supplierUsers },
  { entry: { kind: "action", file: "lib/suppliers/actions.ts", name: "saveCapability", input: () => ({ capabilityId: "" }) }, expect: supplierUsers },
  { entry: { kind: "action", file: "lib/suppliers/actions.ts", name: "removeCapability", input: () => ({ supplierCapabilityId: "no-such-id" }) }, expect: supplierUsers },
  { entry: { kind: "action", file: "lib/invitations/actions.ts", name: "inviteColleague", input: () => ({ email: "not-an-email" }) }, expect: supplierUsers },
  { entry: { kind: "action", file: "lib/invitations/actions.ts", name: "acceptInvitation", input: () => ({ token: "x".repeat(43), name: "Nobody", password: "a long enough passphrase" }) }, expect: everyone },
  { entry: { kind: "action", file: "lib/lots/actions.ts", name: "claimLotMembership", input: () => ({ lotId: "" }) }, expect: supplierUsers },
  { entry: { kind: "action", file: "lib/lots/actions.ts", name: "verifyLotMembership", input: () => ({ membershipId: "no-such-claim" }) }, expect: adminOnly },
  { entry: { kind: "action", file: "lib/lots/actions.ts", name: "rejectLotMembership", input: () => ({ membershipId: "no-such-claim", reason: "Not on the list" }) }, expect: adminOnly },
  { entry: { kind: "action", file: "lib/supply-chain/actions.ts", name: "submitReturnLine", input: (w) => ({ contract: w.contractB.id, month: "2024-03", member: "x", amount: "1" }) }, expect: supplierUsers },
  { entry: { kind: "action", file: "lib/supply-chain/actions.ts", name: "uploadReturnCsv", input: () => ({}) }, expect: supplierUsers },
  // Imports (issue 5): inputs that fail validation, or name an import that is not waiting for matches.
  { entry: { kind: "action", file: "lib/imports/actions.ts", name: "uploadSpendFile", input: () => ({}) }, expect: importers },
  { entry: { kind: "action", file: "lib/imports/actions.ts", name: "uploadOcdsPackage", input: () => ({}) }, expect: adminOnly },
  { entry: { kind: "action", file: "lib/imports/actions.ts", name: "linkUnmatchedSupplier", input: (w) => ({ importId: w.importA.id, supplierKey: "matrix", supplierId: w.supplierX.id }) }, expect: importers },
  { entry: { kind: "action", file: "lib/imports/actions.ts", name: "createSupplierFromName", input: (w) => ({ importId: w.importA.id, supplierKey: "matrix", legalName: "Matrix Ltd" }) }, expect: importers },

  // Contract workspace (issue 3). Each input passes validation and stops at a rule after the scope check.
  {
    entry: { kind: "action", file: "lib/contracts/actions.ts", name: "createContract", input: (w) => ({ departmentId: w.deptA.id, title: "Matrix", routeToMarket: "FRAMEWORK_CALL_OFF", lotId: "no-such-lot", leadPartnerId: w.supplierX.id, awardValue: "1", awardDate: "2025-01-01", startDate: "2025-01-01", endDate: "2025-12-31" }) },
    expect: contractWritersOfA,
  },
  { entry: { kind: "action", file: "lib/contracts/actions.ts", name: "updateContract", input: (w) => ({ id: w.contractA.id, version: "1", title: "Matrix", routeToMarket: "OPEN", leadPartnerId: "no-such-supplier", awardDate: "2025-01-01", startDate: "2025-01-01", endDate: "2025-12-31" }) }, expect: contractWritersOfA },
  { entry: { kind: "action", file: "lib/contracts/actions.ts", name: "closeContract", input: (w) => ({ id: w.contractA.id, version: "999999", status: "TERMINATED", closedOn: "2025-06-01", reason: "Matrix" }) }, expect: contractWritersOfA },
  { entry: { kind: "action", file: "lib/amendments/actions.ts", name: "recordAmendment", input: (w) => ({ contractId: w.contractA.id, kind: "EXTENSION", date: "2025-01-01", rationale: "Matrix", newEndDate: "2020-01-01" }) }, expect: contractWritersOfA },
  { entry: { kind: "action", file: "lib/partnerships/actions.ts", name: "addMember", input: (w) => ({ contractId: w.contractA.id, supplierId: w.supplierX.id, role: "data", pledgedSharePercent: "5", joinedOn: "2025-01-01" }) }, expect: contractWritersOfA },
  { entry: { kind: "action", file: "lib/partnerships/actions.ts", name: "removeMember", input: (w) => ({ contractId: w.contractA.id, memberId: w.memberA.id, leftOn: "2000-01-01", reason: "Matrix" }) }, expect: contractWritersOfA },
  { entry: { kind: "action", file: "lib/kpis/actions.ts", name: "addKpi", input: (w) => ({ contractId: w.contractA.id, name: "Matrix", measure: "m", target: "t", accountableSupplierId: w.supplierY.id }) }, expect: contractWritersOfA },
  // No rule after the scope check: allowed callers save an assessment or a delivery (harmless to the table).
  { entry: { kind: "action", file: "lib/kpis/actions.ts", name: "recordAssessment", input: (w) => ({ contractId: w.contractA.id, kpiId: w.kpiA.id, assessedOn: "2025-01-01", rating: "GOOD" }) }, expect: { ...contractWritersOfA, admin: "redirect", leadA: "redirect" } },
  { entry: { kind: "action", file: "lib/social-value/actions.ts", name: "addCommitment", input: (w) => ({ contractId: w.contractA.id, theme: "Wellbeing", description: "d", measure: "hours", target: "1", accountableSupplierId: w.supplierY.id }) }, expect: contractWritersOfA },
  { entry: { kind: "action", file: "lib/social-value/actions.ts", name: "recordDelivery", input: (w) => ({ contractId: w.contractA.id, commitmentId: w.commitmentA.id, deliveredOn: "2025-01-01", amount: "1" }) }, expect: { ...contractWritersOfA, admin: "redirect", leadA: "redirect" } },
];

/** Routes that are not ours to authorise: next-auth's own endpoints (sign-in, session, sign-out). */
export const EXEMPT = ["app/api/auth/[...nextauth]/route.ts"];
