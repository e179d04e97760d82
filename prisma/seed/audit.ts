// The seed's one audit event, in the same hash chain as every other change.
import type { Prisma } from "@prisma/client";
import { recordAudit } from "../../lib/audit/record";

export async function recordSeedEvent(tx: Prisma.TransactionClient, after: unknown): Promise<void> {
  await recordAudit(tx, { actor: { id: null, email: "seed" }, action: "seed.demo", entityType: "Database", after });
}
