// Draws one generated contract: department, route, lot and award date, lead partner, value, terms.
// Call-offs only name a lot on which the lead partner holds a VERIFIED membership at award.
import type { SeedContext } from "./context";
import {
  AWARD_YEAR_WEIGHTS,
  ROUTE_WEIGHTS,
  largeLeadChance,
  methodFor,
  pickExtensionOptions,
  pickFlags,
  pickTenderers,
  pickTermMonths,
  pickValuePence,
} from "./contract-values";
import { PROCUREMENT_ACT_IN_FORCE, addDays, addMonths, maxDate, minDate, randomDate, utc } from "./dates";
import { WeightedPool } from "./pool";
import type { Rng } from "./prng";
import { CAPABILITY_LEAVES } from "./ref-capabilities";
import { DIRECT_AWARD_JUSTIFICATIONS } from "./ref-text";
import type { ContractPlan, DeptPlan, LotPlan, Route, SupplierPlan } from "./types";

const EARLIEST_AWARD = utc(2019, 1, 2);

export class ContractFactory {
  private readonly departments: WeightedPool<DeptPlan>;
  private readonly lots: WeightedPool<LotPlan>;
  private readonly largeLeads: WeightedPool<SupplierPlan>;
  private readonly smeLeads: WeightedPool<SupplierPlan>;

  constructor(
    private readonly ctx: SeedContext,
    private readonly rng: Rng,
  ) {
    this.departments = new WeightedPool(ctx.departments, (d) => d.weight);
    this.lots = new WeightedPool(ctx.lots, (l) =>
      (ctx.verifiedByLot.get(l.id)?.length ?? 0) > 0 ? (l.ref.name.includes("participants") ? 0.3 : 1) : 0,
    );
    this.largeLeads = new WeightedPool(ctx.suppliers, (s) => (s.seeksToLead && !s.isSmeNow ? s.leadWeight : 0));
    this.smeLeads = new WeightedPool(ctx.suppliers, (s) => (s.seeksToLead && s.isSmeNow ? 1 : 0));
  }

  plan(): ContractPlan {
    const rng = this.rng;
    const dept = this.departments.pick(rng) as DeptPlan;
    let route: Route = rng.weighted(ROUTE_WEIGHTS);
    let lot: LotPlan | null = null;
    let lead: SupplierPlan | undefined;
    let awardDate: Date;
    let valuePence = pickValuePence(rng, route);
    const latestAward = addDays(this.ctx.asOf, -3);

    if (route === "FRAMEWORK_CALL_OFF") {
      lot = this.lots.pick(rng) ?? null;
      for (let tries = 0; lot && !lotSuits(lot, dept) && tries < 10; tries++) lot = this.lots.pick(rng) ?? null;
      const from = lot ? maxDate(addDays(lot.start, 25), EARLIEST_AWARD) : EARLIEST_AWARD;
      const to = lot ? minDate(lot.end, latestAward) : latestAward;
      awardDate = randomDate(rng, from, maxDate(from, to));
      lead = lot ? this.callOffLead(lot, awardDate, valuePence) : undefined;
      if (!lead) {
        route = "OPEN";
        lot = null;
      }
    } else {
      const year = rng.weighted(AWARD_YEAR_WEIGHTS);
      awardDate = minDate(randomDate(rng, maxDate(utc(year, 1, 2), EARLIEST_AWARD), utc(year, 12, 31)), latestAward);
    }
    if (route === "COMPETITIVE_FLEXIBLE" && awardDate < PROCUREMENT_ACT_IN_FORCE) route = "RESTRICTED";
    if (route === "RESTRICTED" && awardDate >= PROCUREMENT_ACT_IN_FORCE && rng.chance(0.7))
      route = "COMPETITIVE_FLEXIBLE";
    if (route === "DIRECT_AWARD" && valuePence > 2_000_000_000) valuePence = pickValuePence(rng, route);
    lead ??= this.openLead(valuePence);

    const rmNumber = lot?.framework.rmNumber;
    const term = pickTermMonths(rng, route, rmNumber);
    const startDate = addDays(awardDate, rng.int(7, 56));
    const capabilityCode = this.capabilityFor(lead, lot);
    const method = methodFor(rng, route, awardDate);
    return {
      id: this.ctx.id("Contract"),
      reference: this.ctx.nextReference(dept.code, awardDate.getUTCFullYear()),
      dept,
      ...titleFor(rng, dept, capabilityCode, route, lot),
      route,
      method,
      justification: route === "DIRECT_AWARD" ? rng.pick(DIRECT_AWARD_JUSTIFICATIONS) : null,
      lot,
      capabilityCode,
      lead,
      tenderers: pickTenderers(rng, route),
      awardPence: valuePence,
      currentPence: valuePence,
      awardDate,
      startDate,
      endDate: addDays(addMonths(startDate, term), -1),
      extensionOptionsMonths: pickExtensionOptions(rng, route, rmNumber, term),
      extensionsUsed: 0,
      status: "ACTIVE",
      ...pickFlags(rng, route),
      kpiExemptionReason: null,
      members: [],
      amendments: [],
      kpis: [],
      socialValue: [],
    };
  }

  /** A lead holding a VERIFIED membership of the lot on the award date, preferring the right size. */
  private callOffLead(lot: LotPlan, awardDate: Date, valuePence: number): SupplierPlan | undefined {
    const members = this.ctx.verifiedByLot.get(lot.id) ?? [];
    const at = awardDate.getTime();
    const wantLarge = this.rng.chance(largeLeadChance(valuePence));
    let fallback: SupplierPlan | undefined;
    for (let attempt = 0; attempt < 40 && members.length > 0; attempt++) {
      const m = this.rng.pick(members);
      if (m.start > at || m.end < at) continue;
      fallback ??= m.supplier;
      const sizeFits = m.supplier.isSmeNow !== wantLarge;
      if (sizeFits && (m.supplier.seeksToLead || attempt > 20)) return m.supplier;
    }
    return fallback ?? members.find((m) => m.start <= at && m.end >= at)?.supplier;
  }

  private openLead(valuePence: number): SupplierPlan {
    const pool =
      this.rng.chance(largeLeadChance(valuePence)) || this.smeLeads.size === 0 ? this.largeLeads : this.smeLeads;
    const lead = pool.pick(this.rng) ?? this.ctx.suppliers[0];
    if (!lead) throw new Error("No suppliers to lead contracts");
    return lead;
  }

  private capabilityFor(lead: SupplierPlan, lot: LotPlan | null): string {
    const fromLot = lot ? lead.capabilities.filter((c) => lot.ref.capabilities.includes(c)) : lead.capabilities;
    if (fromLot.length > 0) return this.rng.pick(fromLot);
    return this.rng.pick(lot?.ref.capabilities ?? lead.capabilities);
  }
}

/** Sector lots (health, local government) are for buyers in that sector. */
function lotSuits(lot: LotPlan, dept: DeptPlan): boolean {
  if (lot.ref.name.startsWith("Local government")) return dept.type === "LOCAL";
  if (lot.ref.name.startsWith("Health")) return dept.type === "NHS" || dept.name.includes("Health");
  if (lot.ref.name.startsWith("Central government")) return dept.type === "CENTRAL_GOVERNMENT";
  return true;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleFor(rng: Rng, dept: DeptPlan, capabilityCode: string, route: Route, lot: LotPlan | null) {
  const leaf = CAPABILITY_LEAVES.find((c) => c.code === capabilityCode);
  const noun = leaf ? rng.pick(leaf.nouns) : "digital services";
  const area = rng.pick(dept.areas);
  const title = rng.weighted([
    [`${capitalise(noun)} for ${area}`, 3],
    [`${capitalise(area)}: ${noun}`, 2],
    [`${capitalise(noun)} (${area})`, 1],
  ] as const);
  const how = lot
    ? `Call-off from ${lot.framework.name} (${lot.framework.rmNumber}) Lot ${lot.ref.number}, ${lot.ref.name}.`
    : "";
  return {
    title: route === "DIRECT_AWARD" && rng.chance(0.4) ? `${title}: continuity of service` : title,
    description: `${capitalise(noun)} for ${area}, ${dept.name}. ${how}`.trim(),
  };
}
