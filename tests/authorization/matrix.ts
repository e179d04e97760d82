// THE authorisation table: every page, route handler and server action, and what each role may do.
// tests/integration/authorization-matrix.test.ts fails when a route or action exists that is not here.
import { roleCan, type Capability } from "@/lib/access/capabilities";
import type { Role } from "@/lib/access/roles";
import type { Outcome } from "@/tests/authorization/outcome";
import type { Who, World } from "@/tests/authorization/world";

type Expect = Record<Who, Outcome>;
export type Entry =
  | { kind: "page"; file: string; params?: (w: World) => Record<string, string> }
  | {
      kind: "route";
      file: string;
      method: "GET" | "POST";
      query?: (w: World) => string;
      params?: (w: World) => Record<string, string>;
    }
  | { kind: "action"; file: string; name: string; input: (w: World) => Record<string, string> };

const everyone: Expect = {
  signedOut: "allow",
  admin: "allow",
  leadA: "allow",
  leadB: "allow",
  supplierX: "allow",
  supplierY: "allow",
  auditorA: "allow",
};
const signedIn: Expect = { ...everyone, signedOut: "login" };
// Who holds a capability, from lib/access/capabilities.ts: so an entry names its capability once, and the
// table tests that each page, route and action enforces the capability it names. Holders are allowed,
// other roles refused (403), the signed-out sent to sign in; `beyond` says what a holder gets for a record
// outside its scope (leadB and supplierY stand outside department A and supplier X's records).
const ROLE_OF: Record<Exclude<Who, "signedOut">, Role> = {
  admin: "ADMIN",
  leadA: "COMMERCIAL_LEAD",
  leadB: "COMMERCIAL_LEAD",
  supplierX: "SUPPLIER_USER",
  supplierY: "SUPPLIER_USER",
  auditorA: "AUDITOR",
};
function holders(capability: Capability, beyond: Partial<Expect> = {}): Expect {
  const expect = { signedOut: "login" } as Expect;
  for (const [who, role] of Object.entries(ROLE_OF) as Array<[Exclude<Who, "signedOut">, Role]>)
    expect[who] = roleCan(role, capability) ? "allow" : "forbidden";
  return { ...expect, ...beyond };
}
const readersOfA: Expect = {
  signedOut: "login",
  admin: "allow",
  leadA: "allow",
  leadB: "notFound",
  supplierX: "allow",
  supplierY: "notFound",
  auditorA: "allow",
};
const signedOutOnly: Expect = {
  signedOut: "allow",
  admin: "redirect",
  leadA: "redirect",
  leadB: "redirect",
  supplierX: "redirect",
  supplierY: "redirect",
  auditorA: "redirect",
};
// Contract writers: "allow" means the action reached its domain rules and answered the form (inputs are
// chosen to stop at a rule after the scope check, so the table changes nothing); "redirect" means it saved.

export const MATRIX: Array<{ entry: Entry; expect: Expect }> = [
  // Pages
  {
    entry: { kind: "page", file: "app/(auth)/login/page.tsx" },
    expect: {
      signedOut: "allow",
      admin: "redirect",
      leadA: "redirect",
      leadB: "redirect",
      supplierX: "redirect",
      supplierY: "redirect",
      auditorA: "redirect",
    },
  },
  { entry: { kind: "page", file: "app/(app)/page.tsx" }, expect: signedIn },
  { entry: { kind: "page", file: "app/(app)/contracts/page.tsx" }, expect: signedIn },
  {
    entry: { kind: "page", file: "app/(app)/contracts/[id]/page.tsx", params: (w) => ({ id: w.contractA.id }) },
    expect: readersOfA,
  },
  { entry: { kind: "page", file: "app/(app)/suppliers/page.tsx" }, expect: signedIn },
  {
    entry: { kind: "page", file: "app/(app)/suppliers/[id]/page.tsx", params: (w) => ({ id: w.supplierX.id }) },
    expect: { ...signedIn, supplierY: "notFound" },
  },
  {
    entry: { kind: "page", file: "app/(app)/suppliers/[id]/merge/page.tsx", params: (w) => ({ id: w.supplierX.id }) },
    expect: holders("verifyClaims"),
  },
  { entry: { kind: "page", file: "app/(app)/frameworks/page.tsx" }, expect: signedIn },
  {
    entry: { kind: "page", file: "app/(app)/frameworks/[id]/page.tsx", params: (w) => ({ id: w.framework.id }) },
    expect: signedIn,
  },
  { entry: { kind: "page", file: "app/(app)/exports/page.tsx" }, expect: holders("export") },
  { entry: { kind: "page", file: "app/(app)/insight/page.tsx" }, expect: holders("readInsight") },
  { entry: { kind: "page", file: "app/(app)/insight/partnerships/page.tsx" }, expect: holders("readInsight") },
  { entry: { kind: "page", file: "app/(app)/insight/contracts/page.tsx" }, expect: holders("readInsight") },
  { entry: { kind: "page", file: "app/(app)/insight/lock-in-method/page.tsx" }, expect: holders("readInsight") },
  { entry: { kind: "page", file: "app/(app)/contracts/new/page.tsx" }, expect: holders("writeContracts") },
  {
    entry: { kind: "page", file: "app/(app)/contracts/[id]/edit/page.tsx", params: (w) => ({ id: w.contractA.id }) },
    expect: { ...holders("writeContracts", { leadB: "forbidden" }), leadB: "notFound" },
  },
  { entry: { kind: "page", file: "app/(app)/audit/page.tsx" }, expect: holders("readAudit") },
  { entry: { kind: "page", file: "app/(app)/audit/verify/page.tsx" }, expect: holders("readAudit") },
  { entry: { kind: "page", file: "app/(app)/admin/users/page.tsx" }, expect: holders("manageUsers") },
  { entry: { kind: "page", file: "app/(app)/admin/jobs/page.tsx" }, expect: holders("manageJobs") },
  {
    entry: { kind: "page", file: "app/(app)/admin/users/[id]/page.tsx", params: (w) => ({ id: w.users.auditorA.id }) },
    expect: holders("manageUsers"),
  },
  { entry: { kind: "page", file: "app/(auth)/register/page.tsx" }, expect: signedOutOnly },
  { entry: { kind: "page", file: "app/(auth)/register/join/page.tsx" }, expect: everyone },
  { entry: { kind: "page", file: "app/(app)/portal/page.tsx" }, expect: holders("maintainOwnSupplier") },
  { entry: { kind: "page", file: "app/(app)/settings/alerts/page.tsx" }, expect: signedIn },
  { entry: { kind: "page", file: "app/(app)/saved-searches/page.tsx" }, expect: signedIn },
  { entry: { kind: "page", file: "app/(app)/admin/outbox/page.tsx" }, expect: holders("manageJobs") },
  { entry: { kind: "page", file: "app/(auth)/forgot-password/page.tsx" }, expect: everyone },
  { entry: { kind: "page", file: "app/(auth)/reset-password/page.tsx" }, expect: everyone },
  {
    entry: { kind: "page", file: "app/(app)/supply-chain-returns/page.tsx" },
    expect: holders("fileSupplyChainReturns"),
  },
  { entry: { kind: "page", file: "app/(app)/partner-search/page.tsx" }, expect: holders("searchPartners") },
  { entry: { kind: "page", file: "app/(app)/lot-claims/page.tsx" }, expect: holders("verifyClaims") },
  { entry: { kind: "page", file: "app/(app)/imports/page.tsx" }, expect: holders("importSpend") },
  {
    entry: { kind: "page", file: "app/(app)/imports/[id]/page.tsx", params: (w) => ({ id: w.importA.id }) },
    expect: holders("importSpend", { leadB: "notFound" }),
  },
  { entry: { kind: "page", file: "app/(app)/notices/page.tsx" }, expect: holders("readNotices") },
  {
    entry: { kind: "page", file: "app/(app)/notices/[id]/page.tsx", params: (w) => ({ id: w.noticeA.id }) },
    expect: { ...holders("readNotices", { leadB: "forbidden" }), leadB: "notFound" },
  },

  // Route handlers
  { entry: { kind: "route", file: "app/api/health/route.ts", method: "GET" }, expect: everyone },
  { entry: { kind: "route", file: "app/api/ready/route.ts", method: "GET" }, expect: everyone },
  {
    entry: {
      kind: "route",
      file: "app/api/exports/spend/route.ts",
      method: "GET",
      query: (w) => `departmentId=${w.deptA.id}`,
    },
    expect: holders("export", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "route",
      file: "app/api/exports/ocds/route.ts",
      method: "GET",
      query: (w) => `departmentId=${w.deptA.id}`,
    },
    expect: holders("export", { leadB: "forbidden" }),
  },
  { entry: { kind: "route", file: "app/api/exports/audit/route.ts", method: "GET" }, expect: holders("readAudit") },
  // A notice's OCDS JSON at its stable address: who reads the department's notices.
  {
    entry: {
      kind: "route",
      file: "app/api/exports/notices/[id]/route.ts",
      method: "GET",
      params: (w) => ({ id: w.noticeA.id }),
    },
    expect: { ...holders("readNotices", { leadB: "forbidden" }), leadB: "notFound" },
  },
  {
    entry: {
      kind: "route",
      file: "app/api/exports/insight/[table]/route.ts",
      method: "GET",
      params: () => ({ table: "lock-in" }),
    },
    expect: holders("export"),
  },
  {
    entry: {
      kind: "route",
      file: "app/api/reports/department/route.ts",
      method: "GET",
      query: (w) => `departmentId=${w.deptA.id}&from=2025-04&to=2026-03`,
    },
    expect: holders("export", { leadB: "forbidden" }),
  },
  // The register's CSV: the same rows the register page shows the caller.
  { entry: { kind: "route", file: "app/api/contracts/export/route.ts", method: "GET" }, expect: signedIn },
  {
    entry: {
      kind: "route",
      file: "app/api/imports/[id]/errors/route.ts",
      method: "GET",
      params: (w) => ({ id: w.importA.id }),
    },
    expect: holders("importSpend", { leadB: "notFound" }),
  },
  // The upload route: spend files for those who import a department's spend, OCDS packages for admins. An
  // empty body gets past the guard only to be refused as not multipart (415), which counts as allowed.
  {
    entry: { kind: "route", file: "app/(app)/imports/upload/route.ts", method: "POST", query: () => "kind=spend" },
    expect: holders("importSpend"),
  },
  {
    entry: { kind: "route", file: "app/(app)/imports/upload/route.ts", method: "POST", query: () => "kind=ocds" },
    expect: holders("importOcds"),
  },
  // The lead partner and member pickers' suggestions: for those who write contracts.
  {
    entry: {
      kind: "route",
      file: "app/api/suppliers/search/route.ts",
      method: "GET",
      query: (w) => `q=${encodeURIComponent(w.supplierX.legalName)}`,
    },
    expect: holders("writeContracts"),
  },

  // Server actions (called with the ids of records the caller should not touch where that matters)
  {
    entry: {
      kind: "action",
      file: "lib/auth/actions.ts",
      name: "checkSignIn",
      input: () => ({ email: "", password: "" }),
    },
    expect: everyone,
  },
  {
    entry: {
      kind: "action",
      file: "lib/users/actions.ts",
      name: "setAuditorAccess",
      input: (w) => ({ userId: w.targets.auditor.id, allDepartments: "on" }),
    },
    expect: holders("manageUsers"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/users/actions.ts",
      name: "revokeAuditorAccess",
      input: (w) => ({ userId: w.targets.auditor.id }),
    },
    expect: holders("manageUsers"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/users/actions.ts",
      name: "inviteUser",
      input: () => ({ email: "not-an-email", role: "AUDITOR" }),
    },
    expect: holders("manageUsers"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/users/actions.ts",
      name: "signOutEverywhere",
      input: (w) => ({ userId: w.targets.lead.id }),
    },
    expect: holders("manageUsers"),
  },
  {
    entry: { kind: "action", file: "lib/audit/actions.ts", name: "writeAuditCheckpoint", input: () => ({}) },
    expect: holders("readAudit"),
  },
  // Supplier portal: inputs that fail validation or name records that do not exist, so no attempt changes the world.
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/registration-actions.ts",
      name: "registerSupplier",
      input: () => ({ legalName: "" }),
    },
    expect: everyone,
  },
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/portal-actions.ts",
      name: "updateOrganisation",
      input: () => ({ town: "" }),
    },
    expect: holders("maintainOwnSupplier"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/portal-actions.ts",
      name: "declareSize",
      input: () => ({ staffCount: "x" }),
    },
    expect: holders("maintainOwnSupplier"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/portal-actions.ts",
      name: "saveCapability",
      input: () => ({ capabilityId: "" }),
    },
    expect: holders("maintainOwnSupplier"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/portal-actions.ts",
      name: "removeCapability",
      input: () => ({ supplierCapabilityId: "no-such-id" }),
    },
    expect: holders("maintainOwnSupplier"),
  },
  // Administrators' checks of what suppliers say of themselves, and merging duplicates (issue 14, 16).
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/actions.ts",
      name: "mergeDuplicateSupplier",
      input: (w) => ({ keepId: w.supplierX.id, removeId: w.supplierY.id }),
    },
    expect: holders("verifyClaims"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/actions.ts",
      name: "verifySupplierIdentity",
      input: () => ({ supplierId: "no-such-supplier" }),
    },
    expect: holders("verifyClaims"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/suppliers/actions.ts",
      name: "verifySizeDeclaration",
      input: () => ({ declarationId: "no-such-declaration" }),
    },
    expect: holders("verifyClaims"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/invitations/actions.ts",
      name: "inviteColleague",
      input: () => ({ email: "not-an-email" }),
    },
    expect: holders("maintainOwnSupplier"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/invitations/actions.ts",
      name: "acceptInvitation",
      input: () => ({ token: "x".repeat(43), name: "Nobody", password: "a long enough passphrase" }),
    },
    expect: everyone,
  },
  {
    entry: {
      kind: "action",
      file: "lib/alerts/settings-actions.ts",
      name: "updateAlertSettings",
      input: () => ({ digest: "HOURLY" }),
    },
    expect: signedIn,
  },
  {
    entry: {
      kind: "action",
      file: "lib/saved-searches/actions.ts",
      name: "saveSearch",
      input: () => ({ kind: "REGISTER", name: "" }),
    },
    expect: signedIn,
  },
  // A partner search may be saved only by those who may run one (the save succeeds for them).
  {
    entry: {
      kind: "action",
      file: "lib/saved-searches/actions.ts",
      name: "saveSearch",
      input: () => ({ kind: "PARTNER_SEARCH", name: "Matrix", query: "?sme=sme" }),
    },
    expect: holders("searchPartners"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/saved-searches/actions.ts",
      name: "deleteSavedSearch",
      input: () => ({ id: "no-such-search" }),
    },
    expect: signedIn,
  },
  {
    entry: {
      kind: "action",
      file: "lib/password-reset/actions.ts",
      name: "requestPasswordReset",
      input: () => ({ email: "not-an-email" }),
    },
    expect: everyone,
  },
  {
    entry: {
      kind: "action",
      file: "lib/password-reset/actions.ts",
      name: "resetPassword",
      input: () => ({
        token: "x".repeat(43),
        password: "a long enough passphrase",
        confirmPassword: "a long enough passphrase",
      }),
    },
    expect: everyone,
  },
  {
    entry: { kind: "action", file: "lib/lots/actions.ts", name: "claimLotMembership", input: () => ({ lotId: "" }) },
    expect: holders("maintainOwnSupplier"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/lots/actions.ts",
      name: "verifyLotMembership",
      input: () => ({ membershipId: "no-such-claim" }),
    },
    expect: holders("verifyClaims"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/lots/actions.ts",
      name: "rejectLotMembership",
      input: () => ({ membershipId: "no-such-claim", reason: "Not on the list" }),
    },
    expect: holders("verifyClaims"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/supply-chain/actions.ts",
      name: "submitReturnLine",
      input: (w) => ({ contract: w.contractB.id, month: "2024-03", member: "x", amount: "1" }),
    },
    expect: holders("fileSupplyChainReturns"),
  },
  {
    entry: { kind: "action", file: "lib/supply-chain/actions.ts", name: "uploadReturnCsv", input: () => ({}) },
    expect: holders("fileSupplyChainReturns"),
  },
  // Imports (issue 5): inputs that fail validation, or name an import that is not waiting for matches.
  {
    entry: { kind: "action", file: "lib/imports/actions.ts", name: "uploadSpendFile", input: () => ({}) },
    expect: holders("importSpend"),
  },
  {
    entry: { kind: "action", file: "lib/imports/actions.ts", name: "uploadOcdsPackage", input: () => ({}) },
    expect: holders("importOcds"),
  },
  // A job id that is not failed: the action answers "no longer failed" and retries nothing.
  {
    entry: {
      kind: "action",
      file: "lib/jobs/actions.ts",
      name: "retryFailedJob",
      input: () => ({ jobId: "00000000-0000-4000-8000-000000000000" }),
    },
    expect: holders("manageJobs"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/imports/actions.ts",
      name: "linkUnmatchedSupplier",
      input: (w) => ({ importId: w.importA.id, supplierKey: "matrix", supplierId: w.supplierX.id }),
    },
    expect: holders("importSpend"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/imports/actions.ts",
      name: "createSupplierFromName",
      input: (w) => ({ importId: w.importA.id, supplierKey: "matrix", legalName: "Matrix Ltd" }),
    },
    expect: holders("importSpend"),
  },

  // An OCDS package's match queue: administrators only (the package is theirs); a spend import is not waiting.
  {
    entry: {
      kind: "action",
      file: "lib/imports/ocds-match-actions.ts",
      name: "linkOcdsParty",
      input: (w) => ({ importId: w.importA.id, partyKey: "matrix", supplierId: w.supplierX.id }),
    },
    expect: holders("importOcds"),
  },
  {
    entry: {
      kind: "action",
      file: "lib/imports/ocds-match-actions.ts",
      name: "createOcdsPartySupplier",
      input: (w) => ({ importId: w.importA.id, partyKey: "matrix", legalName: "Matrix Ltd" }),
    },
    expect: holders("importOcds"),
  },

  // Contract workspace (issue 3). Each input passes validation and stops at a rule after the scope check.
  {
    entry: {
      kind: "action",
      file: "lib/contracts/actions.ts",
      name: "createContract",
      input: (w) => ({
        departmentId: w.deptA.id,
        title: "Matrix",
        routeToMarket: "FRAMEWORK_CALL_OFF",
        lotId: "no-such-lot",
        leadPartnerId: w.supplierX.id,
        awardValue: "1",
        awardDate: "2025-01-01",
        startDate: "2025-01-01",
        endDate: "2025-12-31",
        formId: crypto.randomUUID(),
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/contracts/actions.ts",
      name: "updateContract",
      input: (w) => ({
        id: w.contractA.id,
        version: "1",
        title: "Matrix",
        routeToMarket: "OPEN",
        leadPartnerId: "no-such-supplier",
        awardDate: "2025-01-01",
        startDate: "2025-01-01",
        endDate: "2025-12-31",
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/contracts/actions.ts",
      name: "closeContract",
      input: (w) => ({
        id: w.contractA.id,
        version: "999999",
        status: "TERMINATED",
        closedOn: "2025-06-01",
        reason: "Matrix",
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/contracts/owner-actions.ts",
      name: "changeContractOwner",
      input: (w) => ({ contractId: w.contractA.id, version: "1", ownerId: "no-such-user" }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/amendments/actions.ts",
      name: "recordAmendment",
      input: (w) => ({
        contractId: w.contractA.id,
        kind: "EXTENSION",
        date: "2025-01-01",
        rationale: "Matrix",
        newEndDate: "2020-01-01",
        legalGround: "PROVIDED_FOR_IN_CONTRACT",
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/partnerships/actions.ts",
      name: "addMember",
      input: (w) => ({
        contractId: w.contractA.id,
        supplierId: w.supplierX.id,
        role: "data",
        pledgedSharePercent: "5",
        joinedOn: "2025-01-01",
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/partnerships/actions.ts",
      name: "removeMember",
      input: (w) => ({ contractId: w.contractA.id, memberId: w.memberA.id, leftOn: "2000-01-01", reason: "Matrix" }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/kpis/actions.ts",
      name: "addKpi",
      input: (w) => ({
        contractId: w.contractA.id,
        name: "Matrix",
        measure: "m",
        target: "t",
        accountableSupplierId: w.supplierY.id,
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  // No rule after the scope check: allowed callers save an assessment or a delivery (harmless to the table).
  {
    entry: {
      kind: "action",
      file: "lib/kpis/actions.ts",
      name: "recordAssessment",
      input: (w) => ({ contractId: w.contractA.id, kpiId: w.kpiA.id, assessedOn: "2025-01-01", rating: "GOOD" }),
    },
    expect: { ...holders("writeContracts", { leadB: "forbidden" }), admin: "redirect", leadA: "redirect" },
  },
  {
    entry: {
      kind: "action",
      file: "lib/social-value/actions.ts",
      name: "addCommitment",
      input: (w) => ({
        contractId: w.contractA.id,
        theme: "Wellbeing",
        description: "d",
        measure: "hours",
        target: "1",
        accountableSupplierId: w.supplierY.id,
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/social-value/actions.ts",
      name: "recordDelivery",
      input: (w) => ({
        contractId: w.contractA.id,
        commitmentId: w.commitmentA.id,
        deliveredOn: "2025-01-01",
        amount: "1",
      }),
    },
    expect: { ...holders("writeContracts", { leadB: "forbidden" }), admin: "redirect", leadA: "redirect" },
  },
  // Notices (issue 18): each input passes validation and stops at a rule after the scope check (a duty not owed, a
  // notice no longer a draft, a Find a Tender id already recorded, a supplier not in the partnership).
  {
    entry: {
      kind: "action",
      file: "lib/notices/actions.ts",
      name: "draftNotice",
      input: (w) => ({ obligationKey: `UK7:${w.contractA.id}`, contractId: w.contractA.id }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/notices/actions.ts",
      name: "approveNotice",
      input: (w) => ({ noticeId: w.noticeA.id }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/notices/actions.ts",
      name: "publishNotice",
      input: (w) => ({ noticeId: w.noticeA.id, publishedNoticeId: w.ftsId }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
  {
    entry: {
      kind: "action",
      file: "lib/notices/actions.ts",
      name: "recordPerformanceFailure",
      input: (w) => ({
        contractId: w.contractA.id,
        kind: "BREACH",
        foundOn: "2026-01-10",
        supplierId: w.supplierY.id,
        description: "Matrix",
      }),
    },
    expect: holders("writeContracts", { leadB: "forbidden" }),
  },
];

/** Routes that are not ours to authorise: next-auth's own endpoints (sign-in, session, sign-out). */
export const EXEMPT = ["app/api/auth/[...nextauth]/route.ts"];
