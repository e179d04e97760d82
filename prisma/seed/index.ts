// Demo and benchmark data: seedDemo(prisma, options) fills an empty database in one transaction
// (all or nothing). Deterministic: the same options give the same rows, ids included, apart
// from password hashes (salted) and creation timestamps.
import type { PrismaClient } from "@prisma/client";
import { recordSeedEvent } from "./audit";
import { buildContracts } from "./build-contracts";
import { buildMemberships } from "./build-memberships";
import { buildReference } from "./build-reference";
import { buildSpend } from "./build-spend";
import { withIndexesDeferred } from "./deferred-indexes";
import { buildSuppliers } from "./build-suppliers";
import { buildUsers, hashDemoPasswords } from "./build-users";
import { DEFAULT_SEED_OPTIONS, type SeedOptions, createContext } from "./context";
import { DEMO_USERS } from "./users";
import { buildNoticeHistory } from "./notices";
import { isoDate } from "../../lib/dates/format";

export { DEFAULT_SEED_OPTIONS, type SeedOptions } from "./context";
export { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from "./users";
export { FDP_REFERENCE } from "./story";

export type SeedSummary = {
  seed: number;
  counts: Record<string, number>;
  spend: { direct: number; indirect: number };
  elapsedMs: number;
};

const TRANSACTION_TIMEOUT_MS = 2 * 60 * 60 * 1000;

export async function seedDemo(prisma: PrismaClient, overrides: Partial<SeedOptions> = {}): Promise<SeedSummary> {
  const options: SeedOptions = { ...DEFAULT_SEED_OPTIONS, ...overrides };
  for (const key of ["suppliers", "contracts", "spendRows", "seed"] as const) {
    if (!Number.isSafeInteger(options[key]) || options[key] < 0) throw new Error(`${key} must be a whole number ≥ 0`);
  }
  const log = options.log ?? (() => {});
  const started = performance.now();
  const passwordHashes = await hashDemoPasswords();

  const result = await prisma.$transaction(
    async (tx) => {
      const ctx = createContext(tx, options, DEMO_USERS.length);
      const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
        const t = performance.now();
        const out = await run();
        const mb = (n: number) => Math.round(n / 1_048_576);
        // With node --expose-gc the figures are the live heap, not heap awaiting collection.
        (globalThis as { gc?: () => void }).gc?.();
        const mem = process.memoryUsage();
        log(
          `  ${name} (${((performance.now() - t) / 1000).toFixed(1)} s; rss ${mb(mem.rss)} MB, heap ${mb(mem.heapUsed)} MB, external ${mb(mem.external)} MB)`,
        );
        return out;
      };
      await phase("frameworks, departments, capabilities", () => buildReference(ctx));
      await phase("suppliers", () => buildSuppliers(ctx));
      await phase("lot memberships", () => buildMemberships(ctx));
      await phase("users", () => buildUsers(ctx, passwordHashes));
      await phase("contracts", () => buildContracts(ctx));
      const spend = await phase("spend", () => withIndexesDeferred(tx, "SpendTransaction", () => buildSpend(ctx), log));
      await phase("notice history", () => buildNoticeHistory(ctx, tx));
      const counts = ctx.counts();
      await recordSeedEvent(tx, {
        seed: options.seed,
        suppliers: options.suppliers,
        contracts: options.contracts,
        spendRows: options.spendRows,
        asOf: isoDate(options.asOf),
        counts,
      });
      return { counts, spend };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 },
  );
  return { seed: options.seed, ...result, elapsedMs: performance.now() - started };
}

/** "7 users, 13 departments, ..., 30,000 spend rows (24,000 direct, 6,000 indirect) in 9.8 s" */
export function formatSummary(summary: SeedSummary): string {
  const n = (table: string) => (summary.counts[table] ?? 0).toLocaleString("en-GB");
  return (
    `Seeded demo data (seed ${summary.seed}): ${n("User")} users, ${n("Department")} departments, ` +
    `${n("Framework")} frameworks, ${n("Lot")} lots, ${n("Capability")} capabilities, ${n("Supplier")} suppliers, ` +
    `${n("LotMembership")} lot memberships, ${n("Contract")} contracts, ${n("PartnershipMember")} partnership members, ` +
    `${n("Amendment")} amendments, ${n("Kpi")} KPIs, ${n("KpiAssessment")} KPI assessments, ` +
    `${n("SocialValueCommitment")} social value commitments, ${n("SpendTransaction")} spend rows ` +
    `(${summary.spend.direct.toLocaleString("en-GB")} direct, ${summary.spend.indirect.toLocaleString("en-GB")} indirect) ` +
    `in ${(summary.elapsedMs / 1000).toFixed(1)} s`
  );
}
