// The supplier an OCDS party is: the resolver's match, with what the release teaches it; a new
// supplier when nothing matches; or, when the rule would send the party to the match queue (another
// identifier of the same scheme, two suppliers, an unverified self-registration), no supplier at all
// until an administrator decides (`decided`: the supplier they chose for it). Never a silent duplicate,
// never one of two candidates at random: the import waits (lib/ocds/match-queue.ts, decision 013).
import type { Prisma, Supplier } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { normaliseSupplierName } from "./normalise-name";
import { resolveSupplier, type Organisation, type QueueReason } from "./identity";
import type { NormalisedIdentifier } from "./identifiers";
import { confirmIdentity, learnIdentifiers, type LearnedFrom } from "./learn-identifiers";

export type PartySupplier =
  | { kind: "supplier"; supplier: Supplier; created: boolean }
  | { kind: "queue"; reason: QueueReason; supplierIds: string[]; identifiers: NormalisedIdentifier[] };

export async function supplierForParty(
  tx: Prisma.TransactionClient,
  party: Organisation,
  from: Omit<LearnedFrom, "source">,
  decided: string | null = null,
): Promise<PartySupplier> {
  const learned = { ...from, source: "ocds" as const };
  const resolution = await resolveSupplier(tx, party);
  const chosen =
    resolution.kind === "queue" && decided ? await tx.supplier.findUnique({ where: { id: decided } }) : null;
  if (resolution.kind === "queue" && !chosen)
    return {
      kind: "queue",
      reason: resolution.reason,
      supplierIds: resolution.supplierIds,
      identifiers: resolution.identifiers,
    };
  if (chosen) {
    await learnIdentifiers(tx, chosen.id, resolution.identifiers, learned);
    return { kind: "supplier", supplier: chosen, created: false };
  }
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
      kind: "supplier",
      supplier: await tx.supplier.findUniqueOrThrow({ where: { id: resolution.supplierId } }),
      created: false,
    };
  }
  // Nothing matches: a new supplier with the party's identifiers (none of them is held: else it matched).
  const companiesHouseNumber = resolution.identifiers.find((i) => i.scheme === "GB-COH")?.identifier ?? null;
  const supplier = await tx.supplier.create({
    data: { legalName: party.name, normalisedName: normaliseSupplierName(party.name), companiesHouseNumber },
  });
  await learnIdentifiers(tx, supplier.id, resolution.identifiers, learned);
  await recordAudit(tx, {
    actor: from.actor,
    action: "supplier.create",
    entityType: "Supplier",
    entityId: supplier.id,
    departmentId: from.departmentId,
    after: {
      legalName: supplier.legalName,
      companiesHouseNumber,
      identifiers: resolution.identifiers,
      source: "ocds",
      ...from.context,
    },
  });
  return { kind: "supplier", supplier, created: true };
}
