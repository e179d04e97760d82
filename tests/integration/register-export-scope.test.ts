// The register's CSV: each caller's scope and nothing beyond it, its audit event, and a failing query.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { requireUser } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { REGISTER_COLUMNS } from "@/lib/exports/register";
import { exportResponse } from "@/lib/exports/respond";
import { actAs } from "@/tests/auth";
import { buildRegister, download, parse } from "@/tests/integration/register-export-world";

const tag = `regs-${randomUUID().slice(0, 8)}`;
let w: Awaited<ReturnType<typeof buildRegister>>;

beforeAll(async () => {
  w = await buildRegister(tag);
});

describe("the register CSV's scope", () => {
  const buyers = async (query: Record<string, string>) =>
    parse(await download(query))
      .slice(1)
      .map((r) => r[2]);

  it("gives a lead only their own department's contracts, whatever the filter", async () => {
    actAs(w.users.leadOfA);
    const queries: Record<string, string>[] = [
      { q: tag },
      { supplier: `member ${tag}` },
      { q: `other lead ${tag}` },
      {},
    ];
    for (const query of queries) {
      const seen = await buyers(query);
      expect(seen.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set([w.a.name]));
    }
  });

  it("gives an auditor the departments granted, an administrator every one, a supplier its own contracts", async () => {
    actAs(w.users.auditorOfAC);
    expect(new Set(await buyers({ q: tag }))).toEqual(new Set([w.a.name, w.c.name]));
    actAs(w.users.admin);
    expect(new Set(await buyers({ q: tag }))).toEqual(new Set([w.a.name, w.b.name, w.c.name]));
    actAs(w.users.supplierMember);
    const titles = parse(await download({})).map((r) => r[1]);
    expect(titles.slice(1).sort()).toEqual([`${tag} alpha`, `${tag} eta`]);
  });
});

describe("the register CSV's answer", () => {
  const recorded = (userId: string) => db.auditEvent.count({ where: { actorId: userId, action: "export.contracts" } });

  it("is recorded once, with the filters, when the file is sent", async () => {
    actAs(w.users.leadOfA);
    const before = await recorded(w.users.leadOfA.id);
    await download({ q: tag, status: "ACTIVE" });
    expect(await recorded(w.users.leadOfA.id)).toBe(before + 1);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { actorId: w.users.leadOfA.id, action: "export.contracts" },
      orderBy: { id: "desc" },
    });
    expect(event.departmentId).toBe(w.a.id);
    expect(event.after).toMatchObject({ format: "csv", filters: { q: tag, status: "ACTIVE", sort: "endDate" } });
  });

  it("is an error, not a broken file, when its query fails, and nothing is recorded", async () => {
    actAs(w.users.leadOfA);
    const before = await recorded(w.users.leadOfA.id);
    const failing = exportResponse({
      caller: await requireUser(),
      name: "contracts",
      format: "csv",
      // Fails as it runs, after COPY has begun (the header is written first).
      sql: Prisma.sql`SELECT 1 / (count(*) - count(*)) AS "Reference" FROM "Department"`,
      columns: REGISTER_COLUMNS,
      filters: {},
    });
    await expect(failing).rejects.toThrow(/division by zero/);
    expect(await recorded(w.users.leadOfA.id)).toBe(before);
  });
});
