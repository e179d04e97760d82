// Administrators' queues: each lot claim waiting for verification and each import waiting for supplier
// matches is one alert, once.
import { administrators } from "../recipients";
import type { AlertSource } from "../source";

export const lotClaimSource: AlertSource = {
  kind: "LOT_CLAIM",
  async collect({ prisma }) {
    const claims = await prisma.lotMembership.findMany({
      where: { status: "CLAIMED" },
      select: {
        id: true,
        supplier: { select: { legalName: true } },
        lot: { select: { number: true, name: true, framework: { select: { rmNumber: true } } } },
      },
    });
    if (claims.length === 0) return [];
    const userIds = await administrators(prisma);
    return claims.map((c) => ({
      kind: "LOT_CLAIM" as const,
      key: `lot-claim:${c.id}`,
      userIds,
      subject: `Lot claim to verify: ${c.supplier.legalName}`,
      text: `${c.supplier.legalName} claims a place on ${c.lot.framework.rmNumber} Lot ${c.lot.number} (${c.lot.name}). Verify or reject it.`,
      link: "/lot-claims",
    }));
  },
};

export const importMatchesSource: AlertSource = {
  kind: "IMPORT_MATCHES",
  async collect({ prisma }) {
    const imports = await prisma.import.findMany({
      where: { status: "AWAITING_MATCHES" },
      select: { id: true, fileName: true, unmatchedSuppliers: true, department: { select: { name: true } } },
    });
    if (imports.length === 0) return [];
    const userIds = await administrators(prisma);
    return imports.map((i) => ({
      kind: "IMPORT_MATCHES" as const,
      key: `import-matches:${i.id}`,
      userIds,
      subject: `Import waiting for matches: ${i.fileName}`,
      text: `The spend import ${i.fileName}${i.department ? ` (${i.department.name})` : ""} waits for ${i.unmatchedSuppliers} supplier ${i.unmatchedSuppliers === 1 ? "name" : "names"} to be matched before its spend is written.`,
      link: `/imports/${i.id}`,
    }));
  },
};
