// Every export route, through its handler: 200 for what the caller may see, 400 naming a bad parameter,
// 403 for a department outside the caller's scope; an audit event only for a file actually sent.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as registerCsv } from "@/app/api/contracts/export/route";
import { GET as auditExport } from "@/app/api/exports/audit/route";
import { GET as insightExport } from "@/app/api/exports/insight/[table]/route";
import { GET as ocdsExport } from "@/app/api/exports/ocds/route";
import { GET as spendExport } from "@/app/api/exports/spend/route";
import { GET as reportPdf } from "@/app/api/reports/department/route";
import { db } from "@/lib/db";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import { createContract, createDepartment, createSpend, createSupplier, createUser } from "@/tests/factories";

type Route = {
  name: string;
  action: string;
  call: (query: string) => Promise<Response>;
  ok: (dept: string) => string;
  bad: (dept: string) => string;
  badField: string;
  foreign?: (dept: string) => string;
};
const request = (path: string, query: string) => new Request(`http://localhost${path}?${query}`);
const insight = (table: string): Route => ({
  name: `insight ${table}`,
  action: `export.${table}`,
  call: (q) => insightExport(request(`/api/exports/insight/${table}`, q), { params: Promise.resolve({ table }) }),
  ok: (d) => `department=${d}&from=2025-04&to=&format=`,
  bad: () => "from=2025-13",
  badField: "from: Enter a month between 1900 and 2100, like 2025-04",
  foreign: (d) => `department=${d}`,
});

const ROUTES: Route[] = [
  {
    name: "spend",
    action: "export.spend",
    call: (q) => spendExport(request("/api/exports/spend", q)),
    ok: (d) => `departmentId=${d}&kind=&from=&to=&format=`,
    bad: () => "kind=some",
    badField: "kind: must be all, DIRECT or INDIRECT",
    foreign: (d) => `departmentId=${d}`,
  },
  {
    name: "audit trail",
    action: "export.audit-trail",
    call: (q) => auditExport(request("/api/exports/audit", q)),
    ok: () => "from=&to=&format=",
    bad: () => "to=2025-02-30",
    badField: "to: Enter a real date between 1900 and 2100, like 2025-04-01",
  },
  insight("sme-share"),
  insight("lock-in"),
  insight("kpis"),
  insight("partnerships"),
  {
    name: "ocds",
    action: "export.ocds",
    call: (q) => ocdsExport(request("/api/exports/ocds", q)),
    ok: (d) => `departmentId=${d}`,
    bad: () => "departmentId=not%20an%20id",
    badField: "departmentId: is not a valid id",
    foreign: (d) => `departmentId=${d}`,
  },
  {
    name: "report",
    action: "export.report",
    call: (q) => reportPdf(request("/api/reports/department", q)),
    ok: (d) => `departmentId=${d}&from=2025-04&to=2026-03`,
    bad: (d) => `departmentId=${d}&from=2026-04&to=2026-03`,
    badField: "to: must be on or after From",
    foreign: (d) => `departmentId=${d}&from=2025-04&to=2026-03`,
  },
  {
    name: "register",
    action: "export.contracts",
    call: (q) => registerCsv(request("/api/contracts/export", q)),
    ok: () => "status=&q=",
    bad: () => "status=OPENED",
    badField: "status: must be PLANNED, ACTIVE, TERMINATED, EXPIRED or CANCELLED",
  },
];

let world: { mine: string; theirs: string; auditorId: string; auditor: Awaited<ReturnType<typeof createUser>> };

beforeAll(async () => {
  const [mine, theirs] = await Promise.all([createDepartment(), createDepartment()]);
  const supplier = await createSupplier();
  const contract = await createContract(mine.id, supplier.id);
  await createSpend(mine.id, supplier.id, "2025-05-01", "1000.00", { contractId: contract.id });
  const auditor = await createUser("AUDITOR", { grantedDepartmentIds: [mine.id] });
  world = { mine: mine.id, theirs: theirs.id, auditorId: auditor.id, auditor };
});

const events = (action: string) => db.auditEvent.count({ where: { actorId: world.auditorId, action } });

describe.each(ROUTES)("$name export", (route) => {
  it("answers 200 with the file for a department in scope (empty fields meaning not set), and records it once", async () => {
    actAs(world.auditor);
    const before = await events(route.action);
    const response = await route.call(route.ok(world.mine));
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect(await events(route.action)).toBe(before + 1);
  });

  it("answers 400 naming the parameter, and records nothing", async () => {
    actAs(world.auditor);
    const before = await events(route.action);
    const response = await route.call(route.bad(world.mine));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(route.badField);
    expect(await events(route.action)).toBe(before);
  });
});

// The register has no department parameter: it is the caller's own scope, for every role.
describe.each(ROUTES.filter((r) => r.foreign))("$name export", (route) => {
  it("answers 403 for a department the caller may not see, and records nothing", async () => {
    actAs(world.auditor);
    const before = await events(route.action);
    await expectForbidden(route.call(route.foreign!(world.theirs)));
    expect(await events(route.action)).toBe(before);
  });
});

it("the audit trail is refused to a commercial lead (403), and nothing is recorded", async () => {
  const lead = await createUser("COMMERCIAL_LEAD", { departmentId: world.mine });
  actAs(lead);
  await expectForbidden(auditExport(request("/api/exports/audit", "")));
  expect(await db.auditEvent.count({ where: { actorId: lead.id, action: "export.audit-trail" } })).toBe(0);
});

// Issue 16, item 7: a day that does not exist, or far outside any contract, is a 400 naming the field, never
// rolled over to another day nor passed to PostgreSQL (which answers year 0 with an error: a 500).
describe.each([
  ["spend", "export.spend", (q: string) => spendExport(request("/api/exports/spend", q))],
  ["audit trail", "export.audit-trail", (q: string) => auditExport(request("/api/exports/audit", q))],
] as const)("%s export dates", (_name, action, call) => {
  it.each(["2025-02-31", "0000-01-01", "9999-12-31", "1899-12-31"])("from=%s is refused with 400", async (from) => {
    actAs(world.auditor);
    const before = await events(action);
    const response = await call(`from=${from}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(
      "from: Enter a real date between 1900 and 2100",
    );
    expect(await events(action)).toBe(before);
  });
});

it.each(["0000-04", "2101-01", "1899-12"])("an insight export with from=%s is refused with 400", async (from) => {
  actAs(world.auditor);
  const response = await insightExport(
    request("/api/exports/insight/sme-share", `department=${world.mine}&from=${from}`),
    {
      params: Promise.resolve({ table: "sme-share" }),
    },
  );
  expect(response.status).toBe(400);
  expect(((await response.json()) as { error: string }).error).toContain("from: Enter a month between 1900 and 2100");
});
