// Contracts: the story contracts first, then generated ones up to the requested count, each with
// its lifecycle (amendments), consortium, KPIs and social value, written in chunks.
import type { SeedContext } from "./context";
import { ContractFactory } from "./contract-factory";
import { applyLifecycle, statusAt } from "./contract-lifecycle";
import { ContractWriter } from "./contract-writer";
import { KpiQuirks, addKpis } from "./kpis";
import { PartnershipFactory } from "./partnerships";
import { addSocialValue } from "./social-value";
import { fdpChain, fdpContract, hmrcPlatform } from "./story";
import { procurementActContracts } from "./story-act";

export async function buildContracts(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("contracts");
  const writer = new ContractWriter(ctx);
  const partnerships = new PartnershipFactory(ctx, rng.fork("partnerships"));
  const kpiRng = rng.fork("kpis");
  const socialRng = rng.fork("social-value");

  const story = [...fdpChain(ctx), fdpContract(ctx, rng.fork("fdp")), hmrcPlatform(ctx)];
  for (const plan of story) {
    plan.status = statusAt(plan, ctx.asOf);
    if (plan.members.length === 0 && plan.route !== "DIRECT_AWARD") partnerships.addMembers(plan);
    if (plan.kpis.length === 0 && plan.route !== "DIRECT_AWARD") addKpis(kpiRng, plan, ctx.asOf, "none");
    if (plan.socialValue.length === 0 && plan.route !== "DIRECT_AWARD") addSocialValue(socialRng, plan, ctx.asOf);
    await writer.write(plan);
  }

  const factory = new ContractFactory(ctx, rng);
  const quirks = new KpiQuirks();
  const generated = Math.max(0, ctx.options.contracts - story.length);
  for (let i = 0; i < generated; i++) {
    const plan = factory.plan();
    applyLifecycle(rng, plan, ctx.asOf);
    partnerships.addMembers(plan);
    addKpis(kpiRng, plan, ctx.asOf, quirks.next(plan, ctx.asOf));
    addSocialValue(socialRng, plan, ctx.asOf);
    await writer.write(plan);
    if ((i + 1) % 20_000 === 0) ctx.log(`  contracts ${i + 1 + story.length}/${ctx.options.contracts}`);
  }
  for (const plan of procurementActContracts(ctx)) await writer.write(plan);
  await writer.finish();
}
