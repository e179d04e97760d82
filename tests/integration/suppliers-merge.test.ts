import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSpendImport, runSpendImport } from "@/lib/imports/spend-import";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { mergeDuplicateSupplier } from "@/lib/suppliers/actions";
import { mergeSuppliers } from "@/lib/suppliers/merge";
import { actAs } from "@/tests/auth";
import { expectForbidden, expectRedirect, form } from "@/tests/actions";
import {
  addMember,
  companiesHouseNumber,
  createCapability,
  createContract,
  createDepartment,
  createKpi,
  createLot,
  createLotMembership,
  createSpend,
  createSupplier,
  createUser,
  declareSize,
} from "@/tests/factories";

const sumOf = async (sql: Promise<{ total: string | null }[]>) => (await sql)[0]?.total ?? null;

/** Two records of one organisation, each with its own contracts, memberships, spend and identity. */
async function duplicatePair() {
  const department = await createDepartment();
  const kept = await createSupplier({ companiesHouseNumber: companiesHouseNumber() });
  const removed = await createSupplier({
    companiesHouseNumber: companiesHouseNumber(),
    selfRegistered: true,
    identityVerifiedAt: new Date(),
  });
  const other = await createSupplier();
  const ledByRemoved = await createContract(department.id, removed.id, { reference: "DUP-1" });
  const ledByOther = await createContract(department.id, other.id);
  const ledByKept = await createContract(department.id, kept.id);
  await addMember(ledByOther.id, kept.id, { pledgedSharePercent: "10.00" });
  await addMember(ledByOther.id, removed.id, { pledgedSharePercent: "15.00", joinedOn: new Date("2024-01-01") });
  await addMember(ledByKept.id, removed.id);
  const lot = await createLot();
  const otherLot = await createLot();
  await createLotMembership(kept.id, lot.id, { status: "CLAIMED" });
  await createLotMembership(removed.id, lot.id, { status: "CLAIMED" });
  await createLotMembership(removed.id, otherLot.id);
  const shared = await createCapability();
  const own = await createCapability();
  await db.supplierCapability.createMany({
    data: [
      { supplierId: kept.id, capabilityId: shared.id },
      { supplierId: removed.id, capabilityId: shared.id },
      { supplierId: removed.id, capabilityId: own.id },
    ],
  });
  await createKpi(ledByRemoved.id, removed.id);
  await declareSize(removed.id, "2023-01-01", true);
  await db.supplierAlias.create({
    data: {
      supplierId: removed.id,
      normalisedName: `${removed.normalisedName} trading`,
      rawName: `${removed.legalName} Trading`,
    },
  });
  await db.supplierIdentifier.create({
    data: {
      supplierId: removed.id,
      scheme: "DUNS",
      identifier: String(100_000_000 + Math.floor(Math.random() * 899_999_999)),
    },
  });
  const user = await createUser("SUPPLIER_USER", { supplierId: removed.id });
  await createSpend(department.id, removed.id, "2024-05-01", "30000.00", { contractId: ledByRemoved.id });
  await createSpend(department.id, kept.id, "2024-05-02", "12000.50");
  await refreshSpendAggregates(db, { departmentIds: [department.id] });
  return { department, kept, removed, ledByRemoved, ledByOther, ledByKept, lot, otherLot, shared, own, user };
}

describe("merging two suppliers", () => {
  it("moves everything to the one kept, combines what would be held twice, recomputes the figures, one audit event", async () => {
    const w = await duplicatePair();
    const admin = await createUser("ADMIN");
    const result = await mergeSuppliers(db, { keepId: w.kept.id, removeId: w.removed.id, actor: admin });
    expect(result).toMatchObject({ ok: true, keptId: w.kept.id, departmentIds: [w.department.id] });
    expect(result.ok && result.moved).toMatchObject({
      contractsLed: 1,
      paymentsReceived: 1,
      kpis: 1,
      sizeDeclarations: 1,
      users: 1,
      aliases: 1,
      identifiers: 2,
      lotMemberships: 1,
      capabilities: 1,
    });
    expect(result.ok && result.combined).toEqual({
      membershipsCombined: 1,
      membershipsOfOwnContract: 1,
      lotMembershipsDropped: 1,
      capabilitiesDropped: 1,
    });

    expect(await db.supplier.findUnique({ where: { id: w.removed.id } })).toBeNull();
    const contract = await db.contract.findUniqueOrThrow({ where: { id: w.ledByRemoved.id } });
    expect(contract).toMatchObject({ leadPartnerId: w.kept.id, version: w.ledByRemoved.version + 1 });
    const members = await db.partnershipMember.findMany({ where: { contractId: w.ledByOther.id } });
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({ supplierId: w.kept.id, joinedOn: new Date("2024-01-01") });
    expect(members[0]!.pledgedSharePercent.toFixed(2)).toBe("25.00");
    expect(await db.partnershipMember.count({ where: { contractId: w.ledByKept.id } })).toBe(0);
    expect(await db.lotMembership.count({ where: { supplierId: w.kept.id } })).toBe(2);
    expect(await db.supplierCapability.count({ where: { supplierId: w.kept.id } })).toBe(2);
    expect(await db.user.findUniqueOrThrow({ where: { id: w.user.id } })).toMatchObject({ supplierId: w.kept.id });
    const identifiers = await db.supplierIdentifier.findMany({
      where: { supplierId: w.kept.id },
      select: { scheme: true, identifier: true },
    });
    expect(identifiers).toEqual(
      expect.arrayContaining([
        { scheme: "GB-COH", identifier: w.kept.companiesHouseNumber },
        { scheme: "GB-COH", identifier: w.removed.companiesHouseNumber },
      ]),
    );
    expect(identifiers).toHaveLength(3);
    // The removed record's name now finds the kept one; it was verified, so the kept one is too.
    expect(await db.supplierAlias.findUnique({ where: { normalisedName: w.removed.normalisedName } })).toMatchObject({
      supplierId: w.kept.id,
    });
    expect((await db.supplier.findUniqueOrThrow({ where: { id: w.kept.id } })).identityVerifiedAt).not.toBeNull();

    // The stored figures know only the kept supplier: all the department's spend, the SME part as declared.
    expect(
      await sumOf(
        db.$queryRaw`SELECT sum(amount)::text AS total FROM "SpendContractPayee" WHERE "departmentId" = ${w.department.id} AND "payeeSupplierId" = ${w.kept.id}`,
      ),
    ).toBe("42000.50");
    expect(
      await sumOf(
        db.$queryRaw`SELECT sum(amount)::text AS total FROM "SpendContractPayee" WHERE "payeeSupplierId" = ${w.removed.id}`,
      ),
    ).toBeNull();
    expect(
      await sumOf(
        db.$queryRaw`SELECT sum("smeAmount")::text AS total FROM "SpendMonthly" WHERE "departmentId" = ${w.department.id}`,
      ),
    ).toBe("42000.50");
    expect(
      await sumOf(
        db.$queryRaw`SELECT sum(amount)::text AS total FROM "SpendSupplierTotal" WHERE scope = ${w.department.id} AND "yearEnding" IS NULL AND "payeeSupplierId" = ${w.kept.id}`,
      ),
    ).toBe("42000.50");

    const events = await db.auditEvent.findMany({ where: { action: "supplier.merge", entityId: w.kept.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: admin.id,
      after: expect.objectContaining({
        keptId: w.kept.id,
        removedId: w.removed.id,
        keptName: w.kept.legalName,
        removedName: w.removed.legalName,
      }),
    });
  });

  it("holds under parallel requests: the same pair merged both ways and several times at once leaves one supplier with everything", async () => {
    const w = await duplicatePair();
    const admin = await createUser("ADMIN");
    const results = await Promise.all([
      mergeSuppliers(db, { keepId: w.kept.id, removeId: w.removed.id, actor: admin }),
      mergeSuppliers(db, { keepId: w.removed.id, removeId: w.kept.id, actor: admin }),
      mergeSuppliers(db, { keepId: w.kept.id, removeId: w.removed.id, actor: admin }),
      mergeSuppliers(db, { keepId: w.removed.id, removeId: w.kept.id, actor: admin }),
    ]);
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.message)).toEqual(
      Array(3).fill(expect.stringMatching(/no longer exists/)),
    );
    const survivor = won[0]!.ok ? won[0]!.keptId : "";
    const left = await db.supplier.findMany({ where: { id: { in: [w.kept.id, w.removed.id] } }, select: { id: true } });
    expect(left).toEqual([{ id: survivor }]);
    expect(
      await db.spendTransaction.count({ where: { departmentId: w.department.id, payeeSupplierId: survivor } }),
    ).toBe(2);
    expect(await db.supplierIdentifier.count({ where: { supplierId: survivor } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "supplier.merge", entityId: survivor } })).toBe(1);
  });

  it("a spend import beside a merge books every payment to the supplier kept, whichever commits first", async () => {
    for (let round = 0; round < 3; round++) {
      const w = await duplicatePair();
      const admin = await createUser("ADMIN");
      const file = path.join(tmpdir(), `${randomUUID()}.csv`);
      writeFileSync(
        file,
        [
          "Department Family,Entity,Date,Expense Type,Expense Area,Supplier,Transaction Number,Amount,Description,Companies House Number",
          `Dept,Dept,01/06/2024,IT,Digital,${w.removed.legalName},${randomUUID().slice(0, 8)},"£26,000.00",Support,${w.removed.companiesHouseNumber}`,
        ].join("\r\n"),
      );
      const record = await createSpendImport(db, {
        path: file,
        fileName: "merge-race.csv",
        format: "csv",
        departmentId: w.department.id,
        createdById: null,
      });
      const [imported, merged] = await Promise.all([
        runSpendImport({
          prisma: db,
          databaseUrl: process.env.DATABASE_URL!,
          importId: record.id,
          departmentId: w.department.id,
          path: file,
          format: "csv",
          actor: null,
        }),
        mergeSuppliers(db, { keepId: w.kept.id, removeId: w.removed.id, actor: admin }),
      ]);
      expect(merged.ok).toBe(true);
      expect(imported).toMatchObject({ status: "COMPLETED", rowsWritten: 1 });
      expect(
        await db.spendTransaction.findMany({ where: { importId: record.id }, select: { payeeSupplierId: true } }),
      ).toEqual([{ payeeSupplierId: w.kept.id }]);
    }
  });

  it("is an administrator's action with a confirmation step", async () => {
    const w = await duplicatePair();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: w.department.id });
    actAs(lead);
    await expectForbidden(
      mergeDuplicateSupplier({ status: "idle" }, form({ keepId: w.kept.id, removeId: w.removed.id, confirmed: "on" })),
    );
    const admin = await createUser("ADMIN");
    actAs(admin);
    expect(
      await mergeDuplicateSupplier({ status: "idle" }, form({ keepId: w.kept.id, removeId: w.removed.id })),
    ).toMatchObject({
      status: "error",
      fieldErrors: { confirmed: ["Confirm that the two records are the same organisation"] },
    });
    expect(
      await mergeDuplicateSupplier(
        { status: "idle" },
        form({ keepId: w.kept.id, removeId: w.kept.id, confirmed: "on" }),
      ),
    ).toMatchObject({ status: "error", message: expect.stringMatching(/two different suppliers/) });
    expect(await db.supplier.count({ where: { id: { in: [w.kept.id, w.removed.id] } } })).toBe(2);
    await expectRedirect(
      mergeDuplicateSupplier({ status: "idle" }, form({ keepId: w.kept.id, removeId: w.removed.id, confirmed: "on" })),
      `/suppliers/${w.kept.id}`,
    );
    expect(await db.supplier.findUnique({ where: { id: w.removed.id } })).toBeNull();
  });
});
