// The buyer and the suppliers an OCDS release names, found or created in the register. Supplier
// matching is one function (findOrCreateSupplier), through the project's one supplier rule.
import type { Prisma } from "@prisma/client";
import { supplierForParty } from "@/lib/suppliers/ocds-party";
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
 * then alias, then name), learning the identifiers the release gives; a party the rule cannot place is
 * a new supplier with a warning saying why, never one of two at random.
 */
export async function findOrCreateSupplier(
  tx: Tx,
  org: OcdsOrganisation,
  context: { departmentId: string; releaseId: string },
) {
  const found = await supplierForParty(
    tx,
    { name: org.name, identifiers: org.identifiers },
    {
      actor: null,
      departmentId: context.departmentId,
      context: { partyId: org.partyId, releaseId: context.releaseId },
    },
  );
  return { record: found.supplier, created: found.created, warning: found.warning };
}
