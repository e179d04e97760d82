// What a match teaches: identifiers a published record gives for a supplier it was matched to are added
// to that supplier (each with an audit event), and a self-registered supplier whose own identifier a
// published record confirms counts as verified from then on. An identifier another supplier already
// holds is never moved: that is a merge, which only an administrator does.
import type { Prisma } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { NormalisedIdentifier } from "./identifiers";

type Tx = Prisma.TransactionClient;
type Actor = { id: string | null; email: string } | null;

export type LearnedFrom = {
  /** "ocds", "spend" (a published file) or "match" (a person linked the name in the match queue). */
  source: "ocds" | "spend" | "match" | "merge";
  actor: Actor;
  departmentId?: string | null;
  /** What to cite in the audit event: the import, the release. */
  context: Record<string, unknown>;
};

/** Adds the identifiers the supplier does not hold yet and nobody else holds; returns those added. */
export async function learnIdentifiers(
  tx: Tx,
  supplierId: string,
  identifiers: readonly NormalisedIdentifier[],
  from: LearnedFrom,
): Promise<NormalisedIdentifier[]> {
  const added: NormalisedIdentifier[] = [];
  for (const { scheme, identifier } of identifiers) {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "SupplierIdentifier" ("supplierId", scheme, identifier, source)
      VALUES (${supplierId}, ${scheme}, ${identifier}, ${from.source})
      ON CONFLICT (scheme, identifier) DO NOTHING RETURNING id`;
    if (rows.length === 0) continue;
    added.push({ scheme, identifier });
    if (scheme === "GB-COH") {
      // The register shows one Companies House number: the first one it learns.
      await tx.$executeRaw`UPDATE "Supplier" SET "companiesHouseNumber" = ${identifier}, "updatedAt" = now()
        WHERE id = ${supplierId} AND "companiesHouseNumber" IS NULL`;
    }
    await recordAudit(tx, {
      actor: from.actor,
      action: "supplier.identifier.add",
      entityType: "Supplier",
      entityId: supplierId,
      departmentId: from.departmentId,
      after: { scheme, identifier, source: from.source, ...from.context },
    });
  }
  return added;
}

/**
 * A published record (an OCDS release, a department's spend file) gave an identifier this supplier holds:
 * a self-registered supplier's identity checks out. Returns whether it was unverified until now.
 */
export async function confirmIdentity(
  tx: Tx,
  supplierId: string,
  confirmedBy: NormalisedIdentifier,
  from: LearnedFrom,
): Promise<boolean> {
  const updated = await tx.$executeRaw`UPDATE "Supplier" SET "identityVerifiedAt" = now(), "updatedAt" = now()
    WHERE id = ${supplierId} AND "selfRegistered" AND "identityVerifiedAt" IS NULL`;
  if (updated === 0) return false;
  await recordAudit(tx, {
    actor: from.actor,
    action: "supplier.identity.verify",
    entityType: "Supplier",
    entityId: supplierId,
    departmentId: from.departmentId,
    after: {
      verifiedBy: "published record",
      scheme: confirmedBy.scheme,
      identifier: confirmedBy.identifier,
      source: from.source,
      ...from.context,
    },
  });
  return true;
}
