// One scope, every rendering: for each kind of caller, the Prisma where-clauses (lib/access/scope.ts), the
// Prisma.sql condition (lib/access/sql-scope.ts), the same SQL inlined for COPY (lib/exports/sql.ts) and the
// exports and dashboards built on them select exactly the rows visibleDepartments says, against real PostgreSQL;
// the contracts' scope likewise (contractScope, contractSql and the register's CSV query).
import { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/access/caller";
import { coversDepartment, visibleDepartments } from "@/lib/access/departments";
import { contractScope, departmentScope, inVisibleDepartments } from "@/lib/access/scope";
import { contractSql, departmentSql } from "@/lib/access/sql-scope";
import { recordAudit } from "@/lib/audit/record";
import { ContractListParamsSchema } from "@/lib/contracts/schema";
import { db } from "@/lib/db";
import { auditExportSql } from "@/lib/exports/audit";
import { registerExportSql } from "@/lib/exports/register";
import { AuditExportParamsSchema, SpendExportParamsSchema } from "@/lib/exports/schema";
import { spendExportSql } from "@/lib/exports/spend";
import { inlineSql } from "@/lib/exports/sql";
import { InsightFiltersSchema } from "@/lib/insight/schema";
import { departmentWhere } from "@/lib/insight/sql-scope";
import { createContract, createDepartment, createSpend, createSupplier } from "@/tests/factories";

type World = Awaited<ReturnType<typeof buildWorld>>;
let world: World;

async function buildWorld() {
  const departments = await Promise.all([createDepartment(), createDepartment(), createDepartment()]);
  const supplier = await createSupplier();
  const marker = `access-scope-${departments[0]!.id}`;
  for (const department of departments) {
    await createContract(department.id, supplier.id, { title: marker });
    await createSpend(department.id, supplier.id, "2025-05-01", "100.00", { description: marker });
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: "contract.update",
        entityType: "Contract",
        entityId: marker,
        departmentId: department.id,
      }),
    );
  }
  // An event of no department (a user created, say): only those who see every department see it.
  await db.$transaction((tx) =>
    recordAudit(tx, { actor: null, action: "user.create", entityType: "User", entityId: marker, departmentId: null }),
  );
  return { ids: departments.map((d) => d.id), supplier, marker };
}

beforeAll(async () => {
  world = await buildWorld();
});

const caller = (over: Partial<Caller>): Caller =>
  ({
    id: "caller",
    email: "caller@example.org",
    name: "Caller",
    role: "ADMIN",
    departmentId: null,
    supplierId: null,
    auditorDepartments: [],
    ...over,
  }) as Caller;

// Each kind of caller, and the world's departments (by index) it should see; null is the department-less event.
const CALLERS: Array<[string, (w: World) => Caller, number[], boolean]> = [
  ["an administrator", () => caller({ role: "ADMIN" }), [0, 1, 2], true],
  ["a lead", (w) => caller({ role: "COMMERCIAL_LEAD", departmentId: w.ids[1]! }), [1], false],
  ["a lead with no department", () => caller({ role: "COMMERCIAL_LEAD" }), [], false],
  ["an auditor of every department", () => caller({ role: "AUDITOR", auditorDepartments: "ALL" }), [0, 1, 2], true],
  ["an auditor of two", (w) => caller({ role: "AUDITOR", auditorDepartments: [w.ids[0]!, w.ids[2]!] }), [0, 2], false],
  ["an auditor granted nothing", () => caller({ role: "AUDITOR", auditorDepartments: [] }), [], false],
  ["a supplier", (w) => caller({ role: "SUPPLIER_USER", supplierId: w.supplier.id }), [], false],
];

const sorted = (ids: Array<string | null>) => ids.map((id) => id ?? "(none)").sort();

describe.each(CALLERS)("the scope of %s", (_name, make, expected, seesUndepartmented) => {
  const expectedIds = () => sorted(expected.map((i) => world.ids[i]!));

  it("visibleDepartments and coversDepartment agree with the expected departments", () => {
    const c = make(world);
    const visible = visibleDepartments(c);
    const seen = world.ids.filter((id) => visible === "ALL" || visible.includes(id));
    expect(sorted(seen)).toEqual(expectedIds());
    expect(sorted(world.ids.filter((id) => coversDepartment(c, id)))).toEqual(expectedIds());
  });

  it("selects the same departments as a Prisma where, as Prisma.sql and as inlined SQL", async () => {
    const c = make(world);
    const viaPrisma = await db.department.findMany({ where: { AND: [departmentScope(c), { id: { in: world.ids } }] } });
    const query = Prisma.sql`SELECT id FROM "Department" WHERE ${departmentSql(visibleDepartments(c), "id")} AND id IN (${Prisma.join(world.ids)})`;
    const viaSql = await db.$queryRaw<{ id: string }[]>(query);
    const viaInlined = await db.$queryRawUnsafe<{ id: string }[]>(inlineSql(query));
    expect(sorted(viaPrisma.map((d) => d.id))).toEqual(expectedIds());
    expect(sorted(viaSql.map((d) => d.id))).toEqual(expectedIds());
    expect(sorted(viaInlined.map((d) => d.id))).toEqual(expectedIds());
  });

  it("selects the same payments through Prisma, the dashboards' SQL and the spend export's COPY SQL", async () => {
    const c = make(world);
    const mine = { description: world.marker };
    const viaPrisma = await db.spendTransaction.findMany({ where: { AND: [inVisibleDepartments(c), mine] } });
    const scope = { departments: visibleDepartments(c), filters: InsightFiltersSchema.parse({}) };
    const viaDashboardSql = await db.$queryRaw<{ departmentId: string }[]>(
      Prisma.sql`SELECT s."departmentId" FROM "SpendTransaction" s WHERE ${departmentWhere(`s."departmentId"`, scope)} AND s.description = ${world.marker}`,
    );
    const exportSql = spendExportSql(c, SpendExportParamsSchema.parse({ format: "xlsx" }));
    const viaExport = await db.$queryRawUnsafe<{ Department: string }[]>(
      `SELECT x."Department" FROM (${inlineSql(exportSql)}) x WHERE x."Description" = $1`,
      world.marker,
    );
    const names = new Map(
      (await db.department.findMany({ where: { id: { in: world.ids } } })).map((d) => [d.id, d.name]),
    );
    expect(sorted(viaPrisma.map((s) => s.departmentId))).toEqual(expectedIds());
    expect(sorted(viaDashboardSql.map((s) => s.departmentId))).toEqual(expectedIds());
    expect(viaExport.map((r) => r.Department).sort()).toEqual(
      expectedIds()
        .map((id) => names.get(id))
        .sort(),
    );
  });

  it("selects the same audit events through Prisma and the audit export's COPY SQL", async () => {
    const c = make(world);
    const expectedEvents = [...expectedIds(), ...(seesUndepartmented ? ["(none)"] : [])].sort();
    const viaPrisma = await db.auditEvent.findMany({
      where: { AND: [inVisibleDepartments(c), { entityId: world.marker }] },
    });
    const exportSql = auditExportSql(c, AuditExportParamsSchema.parse({ format: "xlsx" }));
    const viaExport = await db.$queryRawUnsafe<{ "Department id": string | null }[]>(
      `SELECT x."Department id" FROM (${inlineSql(exportSql)}) x WHERE x."Record id" = $1`,
      world.marker,
    );
    expect(sorted(viaPrisma.map((e) => e.departmentId))).toEqual(expectedEvents);
    expect(sorted(viaExport.map((e) => e["Department id"]))).toEqual(expectedEvents);
  });

  it("selects the expected contracts through contractScope, contractSql and the register export's SQL (a supplier: those it is party to)", async () => {
    const c = make(world);
    const contracts = await db.contract.findMany({ where: { AND: [contractScope(c), { title: world.marker }] } });
    const expectedContracts = c.role === "SUPPLIER_USER" ? sorted(world.ids) : expectedIds();
    expect(sorted(contracts.map((k) => k.departmentId))).toEqual(expectedContracts);
    const query = Prisma.sql`SELECT k."departmentId" FROM "Contract" k WHERE ${contractSql(c, "k")} AND k.title = ${world.marker}`;
    const viaSql = await db.$queryRaw<{ departmentId: string }[]>(query);
    const viaInlined = await db.$queryRawUnsafe<{ departmentId: string }[]>(inlineSql(query));
    expect(sorted(viaSql.map((k) => k.departmentId))).toEqual(expectedContracts);
    expect(sorted(viaInlined.map((k) => k.departmentId))).toEqual(expectedContracts);
    const exportSql = registerExportSql(c, ContractListParamsSchema.parse({ q: world.marker }));
    const viaExport = await db.$queryRawUnsafe<{ Buyer: string }[]>(
      `SELECT x."Buyer" FROM (${inlineSql(exportSql)}) x`,
    );
    const names = new Map(
      (await db.department.findMany({ where: { id: { in: world.ids } } })).map((d) => [d.id, d.name]),
    );
    expect(viaExport.map((r) => r.Buyer).sort()).toEqual(expectedContracts.map((id) => names.get(id)).sort());
  });
});

describe("inlineSql", () => {
  it("quotes every value so that text cannot end its literal", async () => {
    const hostile = `x'); DROP TABLE "Department"; --`;
    const rows = await db.$queryRawUnsafe<{ v: string; n: number; b: boolean; nothing: null }[]>(
      inlineSql(Prisma.sql`SELECT ${hostile}::text AS v, ${42}::int AS n, ${true} AS b, ${null}::text AS nothing`),
    );
    expect(rows).toEqual([{ v: hostile, n: 42, b: true, nothing: null }]);
  });
  it("refuses a value it cannot write as a literal", () => {
    expect(() => inlineSql(Prisma.sql`SELECT ${{ a: 1 }}`)).toThrow(/cannot inline/);
  });
});
