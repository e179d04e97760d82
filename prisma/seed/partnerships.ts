// Consortia: 1-5 members under the lead partner, with roles and pledged shares (summing to at most
// 100%; the lead keeps the rest). Some join after award or leave early (MEMBER_ADDED / MEMBER_REMOVED
// amendments); a few SME members are "tokens" that receive far less than they were pledged.
import type { SeedContext } from "./context";
import { addDays, addMonths, daysBetween, minDate, randomDate } from "./dates";
import { allocate } from "./money";
import { WeightedPool } from "./pool";
import type { Rng } from "./prng";
import { rootOf } from "./ref-capabilities";
import { MEMBER_ROLES_BY_ROOT } from "./ref-text";
import type { ContractPlan, SupplierPlan } from "./types";

export class PartnershipFactory {
  private readonly smeMembers: WeightedPool<SupplierPlan>;
  private readonly largeMembers: WeightedPool<SupplierPlan>;

  constructor(
    private readonly ctx: SeedContext,
    private readonly rng: Rng,
  ) {
    this.smeMembers = new WeightedPool(ctx.suppliers, (s) => (s.seeksToJoin && s.isSmeNow ? 1 : 0));
    this.largeMembers = new WeightedPool(ctx.suppliers, (s) => (s.seeksToJoin && !s.isSmeNow ? (s.named ? 2 : 1) : 0));
  }

  addMembers(plan: ContractPlan): void {
    const rng = this.rng;
    if (plan.status === "CANCELLED") return;
    const chance =
      plan.route === "DIRECT_AWARD"
        ? 0.3
        : plan.awardPence < 50_000_000
          ? 0.35
          : plan.awardPence < 500_000_000
            ? 0.6
            : 0.85;
    if (!rng.chance(chance)) return;
    const count = rng.weighted([
      [1, 30],
      [2, 30],
      [3, 20],
      [4, 12],
      [5, 8],
    ] as const);
    const chosen = new Set<string>([plan.lead.id]);
    const suppliers: SupplierPlan[] = [];
    for (let tries = 0; suppliers.length < count && tries < count * 6; tries++) {
      const pool = rng.chance(0.68) && this.smeMembers.size > 0 ? this.smeMembers : this.largeMembers;
      const s = pool.pick(rng);
      if (s && !chosen.has(s.id)) {
        chosen.add(s.id);
        suppliers.push(s);
      }
    }
    if (suppliers.length === 0) return;

    // Pledges in quarter-percent steps, at least 1% each.
    const totalBp = suppliers.length === 1 ? rng.int(20, 140) * 25 : rng.int(40, 240) * 25;
    const quarters = allocate(
      totalBp / 25 - 4 * suppliers.length,
      suppliers.map(() => rng.float(0.3, 1.7)),
    );
    const roles = MEMBER_ROLES_BY_ROOT[rootOf(plan.capabilityCode ?? "")] ?? ["delivery", "specialist"];
    const started = plan.startDate.getTime() < this.ctx.asOf.getTime();
    const lastDay = minDate(plan.endDate, this.ctx.asOf);

    suppliers.forEach((supplier, i) => {
      const role = i === 0 ? (roles[0] ?? "delivery") : rng.pick(roles);
      let joinedOn = plan.startDate;
      let leftOn: Date | null = null;
      const longEnough = started && daysBetween(plan.startDate, lastDay) > 240;
      if (longEnough && i > 0 && rng.chance(0.1)) {
        joinedOn = randomDate(rng, addMonths(plan.startDate, 3), addDays(lastDay, -90));
        plan.amendments.push({
          kind: "MEMBER_ADDED",
          date: joinedOn,
          rationale: `${supplier.legalName} joined the consortium (${role}).`,
          valuePence: 0,
          newEndDate: null,
          supplierId: supplier.id,
        });
      }
      if (longEnough && daysBetween(joinedOn, lastDay) > 180 && rng.chance(0.1)) {
        leftOn = randomDate(rng, addMonths(joinedOn, 3), addDays(lastDay, -30));
        plan.amendments.push({
          kind: "MEMBER_REMOVED",
          date: leftOn,
          rationale: `${supplier.legalName} left the consortium; its work passed to the lead partner.`,
          valuePence: 0,
          newEndDate: null,
          supplierId: supplier.id,
        });
      }
      const token = supplier.isSmeNow && rng.chance(0.12);
      plan.members.push({
        id: this.ctx.id("PartnershipMember"),
        supplier,
        role,
        pledgeBp: ((quarters[i] ?? 0) + 4) * 25,
        joinedOn,
        leftOn,
        deliveryFactor: token ? rng.float(0, 0.12) : rng.float(0.8, 1.1),
      });
    });
    plan.amendments.sort((a, b) => a.date.getTime() - b.date.getTime());
  }
}
