// For bulk loads from the command line: every name that matches nothing becomes a new supplier (with the
// Companies House number the file gave) and an alias for the name. A name the rule could not place for
// another reason (two suppliers, another number, an unverified self-registration) is never registered
// again: the file is refused, naming it, and a person resolves it on the import's page.
import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { QUEUE_REASON_TEXT } from "@/lib/suppliers/identity";
import { listUnmatchedNames } from "./supplier-matching";
import type { Actor } from "./write-spend";

export async function registerUnmatchedSuppliers(
  prisma: PrismaClient,
  importId: string,
  actor: Actor,
): Promise<number> {
  return prisma.$transaction(
    async (tx) => {
      const record = await tx.import.findUniqueOrThrow({ where: { id: importId }, select: { departmentId: true } });
      const names = (await listUnmatchedNames(tx, importId)).filter((n) => n.reason === "unknown");
      for (const name of names) {
        const supplier = await tx.supplier.create({
          data: {
            legalName: name.supplierName,
            normalisedName: name.supplierKey,
            companiesHouseNumber: name.companiesHouseNumber,
          },
        });
        await tx.supplierAlias.upsert({
          where: { normalisedName: name.supplierKey },
          create: { supplierId: supplier.id, normalisedName: name.supplierKey, rawName: name.supplierName },
          update: { supplierId: supplier.id, rawName: name.supplierName },
        });
        await recordAudit(tx, {
          actor,
          action: "supplier.create",
          entityType: "Supplier",
          entityId: supplier.id,
          departmentId: record.departmentId,
          after: {
            legalName: supplier.legalName,
            companiesHouseNumber: supplier.companiesHouseNumber,
            fromImport: importId,
          },
        });
      }
      return names.length;
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );
}

/** The command line without --create-suppliers (or with names it may not create): the file is refused, naming each. */
export async function refuseForUnmatched(prisma: PrismaClient, importId: string) {
  const names = await listUnmatchedNames(prisma, importId);
  await prisma.$transaction([
    prisma.stagedSpendRow.deleteMany({ where: { importId } }),
    prisma.import.update({
      where: { id: importId },
      data: {
        status: "REJECTED",
        completedAt: new Date(),
        errors: names.map((n) => ({
          row: 0,
          column: "Supplier",
          value: n.supplierName,
          message: `${QUEUE_REASON_TEXT[n.reason]} (${n.lines} lines)`,
        })),
      },
    }),
  ]);
  return names;
}
