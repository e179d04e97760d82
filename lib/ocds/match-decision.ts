// An administrator's answer for one party an OCDS package waits on: it is this registered supplier
// (the name is remembered as its alias and it learns the party's identifiers, as when a spend file's
// name is linked), or it is an organisation of its own (a new supplier holding the party's
// identifiers). When no party is left, the import is queued again and applies whole (decision 013).
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { isIdentifierScheme, type NormalisedIdentifier } from "@/lib/suppliers/identifiers";
import { learnIdentifiers } from "@/lib/suppliers/learn-identifiers";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { asMatchQueue, matchQueueOf, type QueuedParty } from "./match-queue";

type Tx = Prisma.TransactionClient;
type Actor = { id: string; email: string };
export type MatchChoice = { supplierId: string } | { legalName: string };
export type MatchOutcome =
  | { ok: true; supplierId: string; jobId: string | null }
  | { ok: false; message: string; field?: "supplierId" | "legalName" };

const STALE = { ok: false, message: "This supplier is no longer waiting to be matched. Reload the page." } as const;

export async function decideOcdsParty(
  prisma: PrismaClient,
  input: { importId: string; key: string; choice: MatchChoice; actor: Actor },
): Promise<MatchOutcome> {
  const { importId, key, choice, actor } = input;
  return prisma.$transaction(async (tx): Promise<MatchOutcome> => {
    // One answer at a time per import: two administrators answering the last parties at once.
    const [row] = await tx.$queryRaw<{ status: string; kind: string; summary: unknown }[]>`
      SELECT status::text, kind::text, summary FROM "Import" WHERE id = ${importId} FOR UPDATE`;
    if (!row || row.kind !== "OCDS" || row.status !== "AWAITING_MATCHES") return STALE;
    const queue = matchQueueOf(row.summary);
    const party = queue.find((p) => p.key === key && !p.decision);
    if (!party) return STALE;
    const identifiers = party.identifiers.filter((i): i is NormalisedIdentifier => isIdentifierScheme(i.scheme));
    const from = { source: "match" as const, actor, context: { importId, partyName: party.name } };
    let supplierId: string;
    if ("supplierId" in choice) {
      const supplier = await tx.supplier.findUnique({ where: { id: choice.supplierId }, select: { id: true } });
      if (!supplier) return { ok: false, message: "That supplier does not exist", field: "supplierId" };
      await rememberName(tx, party, supplier.id, actor, importId);
      await learnIdentifiers(tx, supplier.id, identifiers, from);
      supplierId = supplier.id;
    } else {
      supplierId = await createForParty(tx, party, identifiers, choice.legalName, actor, importId);
    }
    party.decision = { supplierId, how: "supplierId" in choice ? "linked" : "created" };
    await recordAudit(tx, {
      actor,
      action: "import.party.match",
      entityType: "Import",
      entityId: importId,
      after: { name: party.name, reason: party.reason, paths: party.paths, ...party.decision },
    });
    const left = queue.filter((p) => !p.decision).length;
    const jobId = left === 0 ? randomUUID() : null;
    await tx.import.update({
      where: { id: importId },
      data: { summary: asMatchQueue(queue), unmatchedSuppliers: left, ...(jobId ? { status: "QUEUED", jobId } : {}) },
    });
    return { ok: true, supplierId, jobId };
  }, LONG_ENOUGH);
}

// The audit chain waits for any OCDS import committing meanwhile (it holds the chain until it commits).
const LONG_ENOUGH = { maxWait: 60_000, timeout: 60_000 };

/** The party's name now means this supplier (as a linked spend name does): later packages match it too. */
async function rememberName(tx: Tx, party: QueuedParty, supplierId: string, actor: Actor, importId: string) {
  const normalisedName = normaliseSupplierName(party.name);
  const alias = await tx.supplierAlias.upsert({
    where: { normalisedName },
    create: { supplierId, normalisedName, rawName: party.name },
    update: { supplierId, rawName: party.name },
  });
  await recordAudit(tx, {
    actor,
    action: "supplier.alias.link",
    entityType: "SupplierAlias",
    entityId: alias.id,
    after: { rawName: party.name, supplierId, importId },
  });
}

/** Another organisation of the same name: a supplier of its own, holding the party's identifiers. */
async function createForParty(
  tx: Tx,
  party: QueuedParty,
  identifiers: NormalisedIdentifier[],
  legalName: string,
  actor: Actor,
  importId: string,
): Promise<string> {
  const held =
    identifiers.length === 0
      ? []
      : await tx.supplierIdentifier.findMany({
          where: { OR: identifiers.map((i) => ({ scheme: i.scheme, identifier: i.identifier })) },
          select: { scheme: true, identifier: true },
        });
  // An identifier another supplier holds stays with it (moving it is a merge).
  const free = identifiers.filter((i) => !held.some((h) => h.scheme === i.scheme && h.identifier === i.identifier));
  const companiesHouseNumber = free.find((i) => i.scheme === "GB-COH")?.identifier ?? null;
  const supplier = await tx.supplier.create({
    data: { legalName, normalisedName: normaliseSupplierName(legalName), companiesHouseNumber },
  });
  await learnIdentifiers(tx, supplier.id, free, { source: "match", actor, context: { importId } });
  // With no identifier of its own, only a remembered name can tell it from the others.
  if (free.length === 0) await rememberName(tx, party, supplier.id, actor, importId);
  await recordAudit(tx, {
    actor,
    action: "supplier.create",
    entityType: "Supplier",
    entityId: supplier.id,
    after: { legalName, companiesHouseNumber, identifiers: free, fromImport: importId, partyName: party.name },
  });
  return supplier.id;
}
