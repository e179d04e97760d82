// Framework lot memberships with their own dates. Expired frameworks are all decided (verified,
// a few rejected); live ones also have recent claims waiting in the verification queue.
import { WriterGroup } from "./bulk";
import type { SeedContext } from "./context";
import { addDays, daysBetween, isoDate, minDate } from "./dates";
import type { Rng } from "./prng";
import { LOT_MEMBERSHIP, type LotMembershipRow } from "./tables";
import type { TableWriter } from "./bulk";
import type { LotPlan, SupplierPlan } from "./types";

const REJECTION_REASONS = [
  "Supplier is not on the CCS supplier list for this lot.",
  "Lot membership ended before the date claimed.",
  "Evidence supplied is for a different framework iteration.",
];

function joinProbability(supplier: SupplierPlan, rmNumber: string): number {
  const gCloud = rmNumber.startsWith("RM1557");
  if (supplier.named) return gCloud ? 0.85 : 0.6;
  switch (supplier.sizeNow) {
    case "LARGE":
      return gCloud ? 0.6 : 0.4;
    case "MEDIUM":
      return gCloud ? 0.55 : 0.3;
    case "SMALL":
      return gCloud ? 0.45 : 0.2;
    default:
      return gCloud ? 0.3 : 0.08;
  }
}

export async function buildMemberships(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("memberships");
  const writer = ctx.writer(LOT_MEMBERSHIP);
  const group = new WriterGroup(ctx.db, [writer]);
  const byFramework = new Map<string, LotPlan[]>();
  for (const lot of ctx.lots)
    byFramework.set(lot.framework.rmNumber, [...(byFramework.get(lot.framework.rmNumber) ?? []), lot]);

  for (const supplier of ctx.suppliers) {
    for (const [rmNumber, lots] of byFramework) {
      if (!rng.chance(joinProbability(supplier, rmNumber))) continue;
      const matching = lots.filter((l) => l.ref.capabilities.some((c) => supplier.capabilities.includes(c)));
      if (matching.length === 0 && !rng.chance(0.2)) continue;
      const chosen = rng.sample(matching.length > 0 ? matching : lots, rng.int(1, supplier.named ? 3 : 2));
      for (const lot of chosen) addMembership(ctx, rng, writer, supplier, lot);
    }
    await group.flushIfFull();
  }
  await group.flushAll();
}

function addMembership(
  ctx: SeedContext,
  rng: Rng,
  writer: TableWriter<LotMembershipRow>,
  supplier: SupplierPlan,
  lot: LotPlan,
) {
  const live = lot.end.getTime() >= ctx.asOf.getTime();
  const lateJoiner = rng.chance(0.1) && daysBetween(lot.start, lot.end) > 500;
  const start = addDays(lot.start, lateJoiner ? rng.int(60, 400) : rng.int(0, 21));
  if (start.getTime() > ctx.asOf.getTime()) return;
  const endsEarly = rng.chance(0.04);
  const end = endsEarly ? addDays(start, rng.int(180, Math.max(181, daysBetween(start, lot.end)))) : lot.end;
  const status = live
    ? rng.weighted([
        ["VERIFIED", 82],
        ["CLAIMED", 13],
        ["REJECTED", 5],
      ] as const)
    : rng.chance(0.02)
      ? "REJECTED"
      : "VERIFIED";
  const decidedAt = minDate(addDays(start, rng.int(2, 20)), ctx.asOf);
  // Claims are recent (the queue is ordered by createdAt); decided rows date from their start.
  const createdAt = status === "CLAIMED" ? addDays(ctx.asOf, -rng.int(1, 60)) : addDays(start, -rng.int(0, 14));
  writer.push({
    id: ctx.id("LotMembership"),
    supplierId: supplier.id,
    lotId: lot.id,
    startDate: isoDate(start),
    endDate: isoDate(end),
    status,
    verifiedById: status === "CLAIMED" ? null : ctx.adminUserId,
    verifiedAt: status === "CLAIMED" ? null : decidedAt.toISOString(),
    rejectionReason: status === "REJECTED" ? rng.pick(REJECTION_REASONS) : null,
    createdAt: createdAt.toISOString(),
  });
  if (status === "VERIFIED") {
    const list = ctx.verifiedByLot.get(lot.id) ?? [];
    list.push({ supplier, start: start.getTime(), end: end.getTime() });
    ctx.verifiedByLot.set(lot.id, list);
  }
}
