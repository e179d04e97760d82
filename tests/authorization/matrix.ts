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
  { entry: { kind: "page", file: "app/(app)/audit/page.tsx" }, expect: auditReaders },
  { entry: { kind: "page", file: "app/(app)/audit/verify/page.tsx" }, expect: auditReaders },
  { entry: { kind: "page", file: "app/(app)/admin/users/page.tsx" }, expect: adminOnly },
  { entry: { kind: "page", file: "app/(app)/admin/users/[id]/page.tsx", params: (w) => ({ id: w.users.auditorA.id }) }, expect: adminOnly },

  // Route handlers
  { entry: { kind: "route", file: "app/api/health/route.ts", method: "GET" }, expect: everyone },
  { entry: { kind: "route", file: "app/api/ready/route.ts", method: "GET" }, expect: everyone },
  { entry: { kind: "route", file: "app/api/exports/spend/route.ts", method: "GET", query: (w) => `departmentId=${w.deptA.id}` }, expect: exportersOfA },
  { entry: { kind: "route", file: "app/api/exports/ocds/route.ts", method: "GET", query: (w) => `departmentId=${w.deptA.id}` }, expect: exportersOfA },
  { entry: { kind: "route", file: "app/api/exports/audit/route.ts", method: "GET" }, expect: auditReaders },

  // Server actions (called with the ids of records the caller should not touch where that matters)
  { entry: { kind: "action", file: "lib/users/actions.ts", name: "setAuditorAccess", input: (w) => ({ userId: w.targets.auditor.id, allDepartments: "on" }) }, expect: adminOnly },
  { entry: { kind: "action", file: "lib/users/actions.ts", name: "revokeAuditorAccess", input: (w) => ({ userId: w.targets.auditor.id }) }, expect: adminOnly },
  { entry: { kind: "action", file: "lib/users/actions.ts", name: "signOutEverywhere", input: (w) => ({ userId: w.targets.lead.id }) }, expect: adminOnly },
];

/** Routes that are not ours to authorise: next-auth's own endpoints (sign-in, session, sign-out). */
export const EXEMPT = ["app/api/auth/[...nextauth]/route.ts"];
