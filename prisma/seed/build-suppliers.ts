// Suppliers: the named ones, then generated ones to make up the count, about 70% SMEs by count
// and about 8% VCSEs, each with dated size declarations and 1-4 capabilities.
import { normaliseSupplierName } from "../../lib/suppliers/normalise-name";
import { WriterGroup } from "./bulk";
import type { SeedContext } from "./context";
import { isoDate } from "./dates";
import { penceToDecimal } from "./money";
import { NameRegistry, exampleDomain, randomAddress } from "./names";
import type { Rng } from "./prng";
import { CAPABILITY_LEAVES, CAPABILITY_TREE } from "./ref-capabilities";
import { NAMED_SUPPLIERS, type NamedSupplierRef } from "./ref-suppliers";
import { declarationsFor, sizePath, type SizeDeclarationPlan } from "./sizes";
import { SIZE_DECLARATION, SUPPLIER, SUPPLIER_ALIAS, SUPPLIER_CAPABILITY, type SupplierRow } from "./tables";
import type { SizeClass, SupplierPlan } from "./types";

const EVIDENCE = [
  "Case study: delivered for a central government department, 2023",
  "Case study: live service assessed against the Service Standard",
  "Reference available from an NHS trust",
  "ISO 27001 certified; Cyber Essentials Plus",
  "Case study: local authority service, 2022",
];

type Profile = { story: "stable" | "grower" | "large"; start: SizeClass; vcse: boolean };

/** `smeIndex` counts SMEs so far: VCSEs are every (1/share)-th SME, an exact share at any scale. */
function generatedProfile(rng: Rng, smeShare: number, vcseShareOfSmes: number, smeIndex: number): Profile {
  if (!rng.chance(smeShare))
    return rng.chance(0.2)
      ? { story: "grower", start: rng.pick(["SMALL", "MEDIUM"] as const), vcse: false }
      : { story: "large", start: "LARGE", vcse: false };
  const vcse = Math.floor((smeIndex + 1) * vcseShareOfSmes) > Math.floor(smeIndex * vcseShareOfSmes);
  const start = vcse
    ? rng.weighted([
        ["MICRO", 50],
        ["SMALL", 40],
        ["MEDIUM", 10],
      ] as const)
    : rng.weighted([
        ["MICRO", 28],
        ["SMALL", 40],
        ["MEDIUM", 32],
      ] as const);
  return { story: "stable", start, vcse };
}

function pickCapabilities(rng: Rng, large: boolean): string[] {
  const root = rng.pick(CAPABILITY_TREE);
  const count = large ? rng.int(2, 4) : rng.int(1, 3);
  const own = rng.sample(
    root.children.map((c) => c.code),
    count,
  );
  if (own.length < count || rng.chance(0.3)) own.push(rng.pick(CAPABILITY_LEAVES).code);
  return [...new Set(own)].slice(0, 4);
}

export async function buildSuppliers(ctx: SeedContext): Promise<void> {
  const rng = ctx.rng.fork("suppliers");
  const registry = new NameRegistry();
  const suppliers = ctx.writer(SUPPLIER);
  const declarations = ctx.writer(SIZE_DECLARATION);
  const aliases = ctx.writer(SUPPLIER_ALIAS);
  const capabilities = ctx.writer(SUPPLIER_CAPABILITY);
  const group = new WriterGroup(ctx.db, [suppliers, declarations, aliases, capabilities]);
  const aliasNames = new Set<string>();

  const add = (
    row: Omit<SupplierRow, "id" | "normalisedName">,
    decls: SizeDeclarationPlan[],
    caps: string[],
    extra: { named: boolean; leadWeight: number; aliases: readonly string[] },
  ) => {
    const id = ctx.id("Supplier");
    const normalisedName = normaliseSupplierName(row.legalName);
    suppliers.push({ id, normalisedName, ...row });
    for (const d of decls) {
      declarations.push({
        id: ctx.id("SizeDeclaration"),
        supplierId: id,
        asOf: isoDate(d.asOf),
        staffCount: d.staffCount,
        turnover: penceToDecimal(d.turnoverPence),
        balanceSheetTotal: penceToDecimal(d.balanceSheetPence),
        sizeClass: d.sizeClass,
        isSme: d.isSme,
      });
    }
    for (const raw of extra.aliases) {
      const key = normaliseSupplierName(raw);
      if (key === normalisedName || aliasNames.has(key)) continue;
      aliasNames.add(key);
      aliases.push({ id: ctx.id("SupplierAlias"), supplierId: id, normalisedName: key, rawName: raw.toUpperCase() });
    }
    const shortName = row.legalName.replace(/ (Ltd|Limited|LLP|plc|CIC|Community Interest Company)$/, "");
    for (const code of caps) {
      const leaf = CAPABILITY_LEAVES.find((c) => c.code === code);
      capabilities.push({
        id: ctx.id("SupplierCapability"),
        supplierId: id,
        capabilityId: ctx.capabilityIds.get(code) as string,
        description: leaf ? `${shortName} ${leaf.offer} for public-sector organisations.` : null,
        evidence: rng.chance(0.4) ? rng.pick(EVIDENCE) : null,
      });
    }
    const last = decls[decls.length - 1];
    const plan: SupplierPlan = {
      id,
      legalName: row.legalName,
      named: extra.named,
      leadWeight: extra.leadWeight,
      sizeNow: last?.sizeClass ?? "LARGE",
      isSmeNow: last?.isSme ?? false,
      isVcse: row.isVcse,
      seeksToLead: row.seeksToLead,
      seeksToJoin: row.seeksToJoin,
      capabilities: caps,
    };
    ctx.suppliers.push(plan);
    ctx.supplierByName.set(row.legalName, plan);
  };

  for (const ref of NAMED_SUPPLIERS) addNamed(ctx, rng, registry, ref, add);

  const generated = Math.max(0, ctx.options.suppliers - NAMED_SUPPLIERS.length);
  const namedSmes = NAMED_SUPPLIERS.filter((s) => s.sizeStory === "medium").length;
  const targetSmes = Math.round(ctx.options.suppliers * 0.7) - namedSmes;
  const smeShare = generated > 0 ? Math.min(1, Math.max(0, targetSmes / generated)) : 0;
  const vcseShareOfSmes = Math.min(1, (ctx.options.suppliers * 0.08) / Math.max(1, targetSmes));
  let smeIndex = 0;
  for (let i = 0; i < generated; i++) {
    const profile = generatedProfile(rng, smeShare, vcseShareOfSmes, smeIndex);
    if (profile.story === "stable") smeIndex++;
    const legalName = registry.companyName(rng, profile.vcse);
    const address = randomAddress(rng);
    const decls = declarationsFor(rng, sizePath(rng, profile.story, profile.start), ctx.asOf);
    const now = decls[decls.length - 1]?.sizeClass ?? profile.start;
    const large = now === "LARGE";
    const domain = exampleDomain(legalName);
    const charity = profile.vcse && /Foundation|Trust/.test(legalName);
    add(
      {
        legalName,
        companiesHouseNumber: registry.companyNumber(rng, address.region, false),
        otherIdentifiers: charity ? [{ scheme: "GB-CHC", id: String(rng.int(1_100_000, 1_209_999)) }] : [],
        ...address,
        website: `https://www.${domain}`,
        contactEmail: `bids@${domain}`,
        isVcse: profile.vcse,
        seeksToLead: rng.chance(large ? 0.95 : now === "MEDIUM" ? 0.6 : now === "SMALL" ? 0.35 : 0.15),
        seeksToJoin: rng.chance(large ? 0.4 : 0.92),
      },
      decls,
      pickCapabilities(rng, large),
      { named: false, leadWeight: 1, aliases: [] },
    );
    await group.flushIfFull();
  }
  await group.flushAll();
}

function addNamed(
  ctx: SeedContext,
  rng: Rng,
  registry: NameRegistry,
  ref: NamedSupplierRef,
  add: (
    row: Omit<SupplierRow, "id" | "normalisedName">,
    d: SizeDeclarationPlan[],
    caps: string[],
    extra: { named: boolean; leadWeight: number; aliases: readonly string[] },
  ) => void,
) {
  registry.claimName(ref.legalName);
  const path: SizeClass[] =
    ref.sizeStory === "large"
      ? ["LARGE", "LARGE"]
      : ref.sizeStory === "medium"
        ? ["MEDIUM", "MEDIUM"]
        : ["SMALL", "MEDIUM", "LARGE"];
  const address = randomAddress(rng, ref.region);
  add(
    {
      legalName: ref.legalName,
      companiesHouseNumber:
        ref.registration === "nhs-body" ? null : registry.companyNumber(rng, ref.region, ref.registration === "llp"),
      otherIdentifiers: [],
      addressLine: null,
      town: ref.town,
      postcode: ref.town === address.town ? address.postcode : null,
      region: ref.region,
      website: ref.website,
      contactEmail: null,
      isVcse: false,
      seeksToLead: true,
      seeksToJoin: true,
    },
    declarationsFor(rng, path, ctx.asOf),
    [...ref.capabilities],
    { named: true, leadWeight: ref.leadWeight * 3, aliases: ref.aliases },
  );
}
