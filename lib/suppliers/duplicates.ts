import "server-only";
import type { Prisma } from "@prisma/client";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";

type Tx = Prisma.TransactionClient;

/** An organisation already registered under the same Companies House number (any it is known by) or the same normalised name. */
export async function findDuplicateSupplier(tx: Tx, legalName: string, companiesHouseNumber: string) {
  return tx.supplier.findFirst({
    where: {
      OR: [
        { companiesHouseNumber },
        { identifiers: { some: { scheme: "GB-COH", identifier: companiesHouseNumber } } },
        { normalisedName: normaliseSupplierName(legalName) },
      ],
    },
    select: { id: true, legalName: true, companiesHouseNumber: true },
  });
}

/** What a person registering a duplicate is told: how to join the existing organisation instead. */
export function joinExistingMessage(existing: { legalName: string }) {
  return (
    `${existing.legalName} is already registered. You do not need to register it again: ask a colleague who ` +
    `already uses Partnerscope for ${existing.legalName} to invite you (Our organisation, Invite a colleague), ` +
    `or ask a Partnerscope administrator to add you to it.`
  );
}
