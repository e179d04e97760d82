// The OCDS import's match queue: the parties the one supplier rule (lib/suppliers/identity.ts) would not
// place (another identifier of the same scheme, two suppliers, an unverified self-registration). The
// package then waits whole, as a spend file does (decision 013): nothing of it is written until an
// administrator has said, for each party, which registered supplier it is or that it is a new one.
// Stored on Import.summary while the import waits; the uploaded file is kept for the re-run.
import { z } from "zod";
import type { NormalisedIdentifier } from "@/lib/suppliers/identifiers";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";

const REASONS = [
  "identifiers-disagree",
  "identifier-differs",
  "several-with-name",
  "unverified-self-registered",
] as const;

export const QueuedPartySchema = z.object({
  key: z.string(),
  name: z.string(),
  identifiers: z.array(z.object({ scheme: z.string(), identifier: z.string() })),
  reason: z.enum(REASONS),
  /** The registered suppliers it could be. */
  supplierIds: z.array(z.string()),
  /** Where the package names it (awards[j].suppliers[k]). */
  paths: z.array(z.string()),
  /** What an administrator decided: this supplier (linked to one registered, or created as new). */
  decision: z.object({ supplierId: z.string(), how: z.enum(["linked", "created"]) }).nullable(),
});
export type QueuedParty = z.infer<typeof QueuedPartySchema>;

const MatchQueueSchema = z.object({ matchQueue: z.array(QueuedPartySchema) });

/** The queue an import's summary holds (none for an import that is not waiting, or finished). */
export function matchQueueOf(summary: unknown): QueuedParty[] {
  const parsed = MatchQueueSchema.safeParse(summary);
  return parsed.success ? parsed.data.matchQueue : [];
}

export const asMatchQueue = (parties: QueuedParty[]) => ({ matchQueue: parties });

/** One party, whichever release or award names it: its normalised name and usable identifiers. */
export function partyKey(name: string, identifiers: readonly NormalisedIdentifier[]): string {
  const ids = identifiers.map((i) => `${i.scheme}:${i.identifier}`).sort();
  return [normaliseSupplierName(name), ...ids].join("|");
}

/** Decisions by party key, for the re-run. */
export function decisionsOf(parties: QueuedParty[]): Map<string, string> {
  return new Map(parties.flatMap((p) => (p.decision ? [[p.key, p.decision.supplierId] as const] : [])));
}

/**
 * The queue after a run: earlier decisions kept, parties still undecided (or new) added once, with their
 * candidates as they stand after the run (a supplier the rolled-back run created is not one).
 */
export function mergeQueue(before: QueuedParty[], found: QueuedParty[], existing: Set<string>): QueuedParty[] {
  const merged = new Map(before.map((p) => [p.key, p]));
  for (const party of found) {
    const known = merged.get(party.key);
    if (known?.decision) continue;
    merged.set(party.key, { ...party, supplierIds: party.supplierIds.filter((id) => existing.has(id)) });
  }
  return [...merged.values()];
}

/** Thrown inside the import's transaction so that nothing of a package that must wait is written. */
export class AwaitingMatches extends Error {
  constructor(readonly parties: QueuedParty[]) {
    super(`${parties.length} supplier(s) to match before the package can be applied`);
  }
}
