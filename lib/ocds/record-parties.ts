// The buyer and the suppliers an OCDS release names, found or created in the register. Supplier
// matching is one function (findOrCreateSupplier), through the project's one supplier rule; a party
// that rule cannot place waits in the import's match queue.
import type { Prisma, Supplier } from "@prisma/client";
import { usableIdentifiers } from "@/lib/suppliers/identifiers";
import { supplierForParty } from "@/lib/suppliers/ocds-party";
import type { ImportTally } from "./import-tally";
import { partyKey } from "./match-queue";
import type { OcdsOrganisation, OcdsReleaseFacts } from "./release-facts";

type Tx = Prisma.TransactionClient;
export type Found<T> = { record: T; created: boolean };

export async function findOrCreateDepartment(tx: Tx, buyer: NonNullable<OcdsReleaseFacts["buyer"]>) {
  const found = await tx.department.findFirst({ where: { name: { equals: buyer.name, mode: "insensitive" } } });
  if (found) return { record: found, created: false };
  const created = await tx.department.create({
    data: {
      name: buyer.name,
      identifier: buyer.identifier,
      type: /\bNHS\b/.test(buyer.name) ? "NHS" : "CENTRAL_GOVERNMENT",
    },
  });
  return { record: created, created: true };
}

/**
 * The supplier an award's party is: the one supplier rule (lib/suppliers/identity.ts, any identifier,
 * then alias, then name), learning the identifiers the release gives, or a new supplier when nothing
 * matches. A party the rule would queue, and no administrator has decided yet, is put on the import's
 * match queue (the tally) and answers null: the package then waits whole (lib/ocds/match-queue.ts).
 */
export async function findOrCreateSupplier(
  tx: Tx,
  org: OcdsOrganisation,
  context: { departmentId: string; releaseId: string },
  tally: ImportTally,
): Promise<Found<Supplier> | null> {
  const identifiers = usableIdentifiers(org.identifiers);
  const key = partyKey(org.name, identifiers);
  const found = await supplierForParty(
    tx,
    { name: org.name, identifiers: org.identifiers },
    {
      actor: null,
      departmentId: context.departmentId,
      context: { partyId: org.partyId, releaseId: context.releaseId },
    },
    tally.decisions.get(key) ?? null,
  );
  if (found.kind === "queue") {
    const queued = tally.queued.get(key);
    if (queued) queued.paths.push(org.path);
    else
      tally.queued.set(key, {
        key,
        name: org.name,
        identifiers: found.identifiers,
        reason: found.reason,
        supplierIds: found.supplierIds,
        paths: [org.path],
        decision: null,
      });
    return null;
  }
  tally.supplier(found.created, { id: found.supplier.id, label: found.supplier.legalName });
  return { record: found.supplier, created: found.created };
}
