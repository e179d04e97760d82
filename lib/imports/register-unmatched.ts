// For bulk loads from the command line: every name still unmatched becomes a new supplier (with the
// Companies House number the file gave, when no supplier holds it yet) and an alias for the name.
import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { COMPANIES_HOUSE_NUMBER } from "@/lib/suppliers/normalise-name";
import { listUnmatchedNames } from "./supplier-matching";
import type { Actor } from "./write-spend";

export async function registerUnmatchedSuppliers(prisma: PrismaClient, importId: string, actor: Actor): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const record = await tx.import.findUniqueOrThrow({ where: { id: importId }, select: { departmentId: true } });
    const names = await listUnmatchedNames(tx, importId);
    for (const name of names) {
      const number = name.companiesHouseNumber && COMPANIES_HOUSE_NUMBER.test(name.companiesHouseNumber) ? name.companiesHouseNumber : null;
      const taken = number ? await tx.supplier.findUnique({ where: { companiesHouseNumber: number }, select: { id: true } }) : null;
      const supplier = await tx.supplier.create({
        data: { legalName: name.supplierName, normalisedName: name.supplierKey, companiesHouseNumber: taken ? null : number },
      });
      await tx.supplierAlias.upsert({
        where: { normalisedName: name.supplierKey },
        create: { supplierId: supplier.id, normalisedName: name.supplierKey, rawName: name.supplierName },
        update: { supplierId: supplier.id, rawName: name.supplierName },
      });
      await recordAudit(tx, {
        actor, action: "supplier.create", entityType: "Supplier", entityId: supplier.id, departmentId: record.departmentId,
        after: { legalName: supplier.legalName, companiesHouseNumber: supplier.companiesHouseNumber, fromImport: importId },
      });
    }
    return names.length;
  }, { maxWait: 60_000, timeout: 10 * 60_000 });
}

/** The command line without --create-suppliers: the file is refused, naming each unknown supplier. */
export async function refuseForUnmatched(prisma: PrismaClient, importId: string) {
  const names = await listUnmatchedNames(prisma, importId);
  await prisma.$transaction([
    prisma.stagedSpendRow.deleteMany({ where: { importId } }),
    prisma.import.update({
      where: { id: importId },
      data: {
        status: "REJECTED",
        completedAt: new Date(),
        errors: names.map((n) => ({ row: 0, column: "Supplier", value: n.supplierName, message: `No registered supplier matches (${n.lines} lines)` })),
      },
    }),
  ]);
  return names;
}
