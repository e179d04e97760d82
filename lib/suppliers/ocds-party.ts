// The supplier an OCDS party is, for importers that cannot wait for a person (an OCDS package applies
// whole): the resolver's match, with what the release teaches it; or a new supplier. A party the rule
// would send to the match queue is recorded as a supplier of its own, never booked to one of two
// candidates, and the import says why, so an administrator can merge it if it is the same organisation.
import type { Prisma, Supplier } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { normaliseSupplierName } from "./normalise-name";
import { resolveSupplier, QUEUE_REASON_TEXT, type Organisation } from "./identity";
import { confirmIdentity, learnIdentifiers, type LearnedFrom } from "./learn-identifiers";

export type PartySupplier = { supplier: Supplier; created: boolean; warning: string | null };

export async function supplierForParty(
  tx: Prisma.TransactionClient,
  party: Organisation,
  from: Omit<LearnedFrom, "source">,
): Promise<PartySupplier> {
  const learned = { ...from, source: "ocds" as const };
  const resolution = await resolveSupplier(tx, party);
  if (resolution.kind === "matched") {
    if (resolution.by === "identifier") {
      const held = await tx.supplierIdentifier.findFirst({
        where: {
          supplierId: resolution.supplierId,
          OR: resolution.identifiers.map((i) => ({ scheme: i.scheme, identifier: i.identifier })),
        },
        select: { scheme: true, identifier: true },
      });
      if (held)
        await confirmIdentity(
          tx,
          resolution.supplierId,
          { scheme: held.scheme as never, identifier: held.identifier },
          learned,
        );
    }
    await learnIdentifiers(tx, resolution.supplierId, resolution.identifiers, learned);
    return {
      supplier: await tx.supplier.findUniqueOrThrow({ where: { id: resolution.supplierId } }),
      created: false,
      warning: null,
    };
  }
  // Identifiers another supplier holds stay with it; the rest are the new supplier's.
  const free = [];
  for (const i of resolution.identifiers) {
    if (!(await tx.supplierIdentifier.findUnique({ where: { scheme_identifier: i }, select: { id: true } })))
      free.push(i);
  }
  const companiesHouseNumber = free.find((i) => i.scheme === "GB-COH")?.identifier ?? null;
  const supplier = await tx.supplier.create({
    data: { legalName: party.name, normalisedName: normaliseSupplierName(party.name), companiesHouseNumber },
  });
  await learnIdentifiers(tx, supplier.id, free, learned);
  await recordAudit(tx, {
    actor: from.actor,
    action: "supplier.create",
    entityType: "Supplier",
    entityId: supplier.id,
    departmentId: from.departmentId,
    after: { legalName: supplier.legalName, companiesHouseNumber, identifiers: free, source: "ocds", ...from.context },
  });
  const warning =
    resolution.kind === "queue"
      ? `${party.name} recorded as a new supplier: ${QUEUE_REASON_TEXT[resolution.reason]} An administrator can merge the two if they are one organisation.`
      : null;
  return { supplier, created: true, warning };
}
