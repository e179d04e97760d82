// The demo's notice history: a first look at a department's notices is not a wall of overdue ones. Seeded into a
// database of the test's own (the seed fills an empty database), then read through the app's own deadline rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { contractObligations } from "@/lib/notices/obligations";
import { listObligationContracts } from "@/lib/notices/source";
import { createPrismaClient } from "@/lib/prisma-client";
import { DEMO_AS_OF } from "@/prisma/seed/dates";
import { seedDemo } from "@/prisma/seed/index";
import { createIsolatedDatabase, type IsolatedDatabase } from "@/tests/isolated-database";

let database: IsolatedDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createIsolatedDatabase();
  prisma = createPrismaClient({ url: database.url, poolMax: 2 });
  await seedDemo(prisma, { contracts: 150, suppliers: 120, spendRows: 500 });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("demo notice history", () => {
  it("publishes most UK7 notices on time, leaving at most one per department, each approved by a second person", async () => {
    const notices = await prisma.notice.findMany();
    const contracts = await listObligationContracts(prisma, {});
    const uk7 = contracts.flatMap((c) =>
      contractObligations(c, notices, DEMO_AS_OF)
        .filter((o) => o.type === "UK7")
        .map((o) => ({ ...o, departmentId: c.departmentId })),
    );
    const unpublished = uk7.filter((o) => o.state !== "published");
    expect(uk7.length).toBeGreaterThan(10);
    expect(unpublished.length).toBeLessThan(uk7.length / 2);
    const perDepartment = new Map<string, number>();
    for (const o of unpublished) perDepartment.set(o.departmentId, (perDepartment.get(o.departmentId) ?? 0) + 1);
    expect(Math.max(...perDepartment.values())).toBe(1);

    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) {
      expect(n.status).toBe("PUBLISHED");
      expect(n.approvedById).not.toBe(n.draftedById);
      expect(n.publishedAt!.getTime()).toBeLessThanOrEqual(n.dueOn!.getTime() + 24 * 60 * 60 * 1000);
      expect(n.publishedAt!.getTime()).toBeLessThanOrEqual(DEMO_AS_OF.getTime());
    }
  });
});
