// Two supplier records that are one organisation become one: everything of the one removed moves to the
// one kept, in one transaction that locks both rows (in id order, so two merges of the same pair cannot
// deadlock, and the second finds the removed row gone), rebuilds the affected departments' roll-ups and
// records one audit event naming both. Where moving would give the kept supplier something twice, the
// two are combined and the audit event says how.
import { Prisma, type PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { refreshSpendAggregates } from "@/lib/insight/refresh";

type Tx = Prisma.TransactionClient;
type Actor = { id: string; email: string };

export type MergeResult =
  | {
      ok: true;
      keptId: string;
      moved: Record<string, number>;
      combined: Record<string, number>;
      departmentIds: string[];
    }
  | { ok: false; message: string };

type Locked = {
  id: string;
  legalName: string;
  normalisedName: string;
  companiesHouseNumber: string | null;
  selfRegistered: boolean;
  identityVerifiedAt: Date | null;
};

export async function mergeSuppliers(
  prisma: PrismaClient,
  input: { keepId: string; removeId: string; actor: Actor },
): Promise<MergeResult> {
  const { keepId, removeId, actor } = input;
  if (keepId === removeId)
    return { ok: false, message: "Choose two different suppliers: a supplier cannot be merged into itself." };
  return prisma.$transaction(
    async (tx) => {
      const locked = await tx.$queryRaw<Locked[]>`
      SELECT id, "legalName", "normalisedName", "companiesHouseNumber", "selfRegistered", "identityVerifiedAt"
        FROM "Supplier" WHERE id IN (${keepId}, ${removeId}) ORDER BY id FOR UPDATE`;
      const kept = locked.find((s) => s.id === keepId);
      const removed = locked.find((s) => s.id === removeId);
      if (!kept || !removed)
        return {
          ok: false as const,
          message: "One of these suppliers no longer exists (merged or removed a moment ago). Nothing was changed.",
        };

      const departmentIds = await affectedDepartments(tx, [keepId, removeId]);
      const combined = await combineClashes(tx, kept.id, removed.id);
      const moved = await moveEverything(tx, kept.id, removed.id);
      await takeOverIdentity(tx, kept, removed);
      await tx.supplier.delete({ where: { id: removed.id } });
      // The figures follow at once: the dashboards never show spend of a supplier that is gone.
      await refreshSpendAggregates(tx, { departmentIds });

      await recordAudit(tx, {
        actor,
        action: "supplier.merge",
        entityType: "Supplier",
        entityId: kept.id,
        before: { kept: kept, removed: removed },
        after: {
          keptId: kept.id,
          keptName: kept.legalName,
          removedId: removed.id,
          removedName: removed.legalName,
          moved,
          combined,
          departmentIds,
        },
      });
      return { ok: true as const, keptId: kept.id, moved, combined, departmentIds };
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}

async function affectedDepartments(tx: Tx, ids: string[]): Promise<string[]> {
  const rows = await tx.$queryRaw<{ departmentId: string }[]>`
    SELECT "departmentId" FROM "SpendTransaction" WHERE "payeeSupplierId" IN (${Prisma.join(ids)}) OR "payerSupplierId" IN (${Prisma.join(ids)})
    UNION SELECT "departmentId" FROM "Contract" WHERE "leadPartnerId" IN (${Prisma.join(ids)})
    UNION SELECT c."departmentId" FROM "PartnershipMember" m JOIN "Contract" c ON c.id = m."contractId" WHERE m."supplierId" IN (${Prisma.join(ids)})
    ORDER BY 1`;
  return rows.map((r) => r.departmentId);
}

/** What the kept supplier would otherwise hold twice, combined before the rest moves. */
async function combineClashes(tx: Tx, keepId: string, removeId: string): Promise<Record<string, number>> {
  // Both current members of one contract: one membership, the pledges added (at most 100%), from the earlier date.
  const membershipsCombined = await tx.$executeRaw`
    UPDATE "PartnershipMember" k SET "pledgedSharePercent" = LEAST(100, k."pledgedSharePercent" + r."pledgedSharePercent"),
           "joinedOn" = LEAST(k."joinedOn", r."joinedOn")
      FROM "PartnershipMember" r
     WHERE k."supplierId" = ${keepId} AND r."supplierId" = ${removeId} AND k."contractId" = r."contractId"
       AND k."leftOn" IS NULL AND r."leftOn" IS NULL`;
  await tx.$executeRaw`
    DELETE FROM "PartnershipMember" r USING "PartnershipMember" k
     WHERE r."supplierId" = ${removeId} AND k."supplierId" = ${keepId} AND k."contractId" = r."contractId"
       AND k."leftOn" IS NULL AND r."leftOn" IS NULL`;
  // A lead partner is not a member of its own consortium: the one organisation now leads those contracts.
  const membershipsOfOwnContract = await tx.$executeRaw`
    DELETE FROM "PartnershipMember" m USING "Contract" c
     WHERE m."contractId" = c.id AND m."supplierId" IN (${keepId}, ${removeId}) AND c."leadPartnerId" IN (${keepId}, ${removeId})`;
  // The same lot in the same state (two claims, two verified places): the kept supplier's stands.
  const lotMembershipsDropped = await tx.$executeRaw`
    DELETE FROM "LotMembership" r USING "LotMembership" k
     WHERE r."supplierId" = ${removeId} AND k."supplierId" = ${keepId} AND k."lotId" = r."lotId" AND k.status = r.status`;
  const capabilitiesDropped = await tx.$executeRaw`
    DELETE FROM "SupplierCapability" r USING "SupplierCapability" k
     WHERE r."supplierId" = ${removeId} AND k."supplierId" = ${keepId} AND k."capabilityId" = r."capabilityId"`;
  return { membershipsCombined, membershipsOfOwnContract, lotMembershipsDropped, capabilitiesDropped };
}

async function moveEverything(tx: Tx, keepId: string, removeId: string): Promise<Record<string, number>> {
  return {
    // Every write to a contract moves its version on (optimistic locking of the edit forms).
    contractsLed:
      await tx.$executeRaw`UPDATE "Contract" SET "leadPartnerId" = ${keepId}, version = version + 1, "updatedAt" = now() WHERE "leadPartnerId" = ${removeId}`,
    partnershipMemberships:
      await tx.$executeRaw`UPDATE "PartnershipMember" SET "supplierId" = ${keepId} WHERE "supplierId" = ${removeId}`,
    lotMemberships:
      await tx.$executeRaw`UPDATE "LotMembership" SET "supplierId" = ${keepId} WHERE "supplierId" = ${removeId}`,
    capabilities:
      await tx.$executeRaw`UPDATE "SupplierCapability" SET "supplierId" = ${keepId} WHERE "supplierId" = ${removeId}`,
    paymentsReceived:
      await tx.$executeRaw`UPDATE "SpendTransaction" SET "payeeSupplierId" = ${keepId} WHERE "payeeSupplierId" = ${removeId}`,
    paymentsMade:
      await tx.$executeRaw`UPDATE "SpendTransaction" SET "payerSupplierId" = ${keepId} WHERE "payerSupplierId" = ${removeId}`,
    kpis: await tx.$executeRaw`UPDATE "Kpi" SET "accountableSupplierId" = ${keepId} WHERE "accountableSupplierId" = ${removeId}`,
    socialValueCommitments:
      await tx.$executeRaw`UPDATE "SocialValueCommitment" SET "accountableSupplierId" = ${keepId} WHERE "accountableSupplierId" = ${removeId}`,
    sizeDeclarations:
      await tx.$executeRaw`UPDATE "SizeDeclaration" SET "supplierId" = ${keepId} WHERE "supplierId" = ${removeId}`,
    aliases: await tx.$executeRaw`UPDATE "SupplierAlias" SET "supplierId" = ${keepId} WHERE "supplierId" = ${removeId}`,
    identifiers:
      await tx.$executeRaw`UPDATE "SupplierIdentifier" SET "supplierId" = ${keepId} WHERE "supplierId" = ${removeId}`,
    invitations:
      await tx.$executeRaw`UPDATE "SupplierInvitation" SET "supplierId" = ${keepId} WHERE "supplierId" = ${removeId}`,
    users:
      await tx.$executeRaw`UPDATE "User" SET "supplierId" = ${keepId}, "updatedAt" = now() WHERE "supplierId" = ${removeId}`,
  };
}

/** The kept supplier answers to the removed one's name and number from now on. */
async function takeOverIdentity(tx: Tx, kept: Locked, removed: Locked): Promise<void> {
  if (removed.normalisedName !== kept.normalisedName) {
    await tx.$executeRaw`
      INSERT INTO "SupplierAlias" (id, "supplierId", "normalisedName", "rawName", "createdAt")
      VALUES (${`merge-${removed.id}`}, ${kept.id}, ${removed.normalisedName}, ${removed.legalName}, now())
      ON CONFLICT ("normalisedName") DO UPDATE SET "supplierId" = EXCLUDED."supplierId", "rawName" = EXCLUDED."rawName"`;
  }
  // Its identifier rows already moved; the column is unique, so it is freed before the kept one takes it.
  await tx.$executeRaw`UPDATE "Supplier" SET "companiesHouseNumber" = NULL WHERE id = ${removed.id}`;
  await tx.$executeRaw`
    UPDATE "Supplier" SET "companiesHouseNumber" = COALESCE("companiesHouseNumber", ${removed.companiesHouseNumber}),
           "selfRegistered" = ${kept.selfRegistered && removed.selfRegistered},
           "identityVerifiedAt" = COALESCE("identityVerifiedAt", ${removed.identityVerifiedAt}), "updatedAt" = now()
     WHERE id = ${kept.id}`;
}
