// Contracts that tell a story, created at every scale: the NHS Federated Data Platform consortium
// (awarded Nov 2023: Palantir leading Accenture, PwC, NECS and Carnall Farrar, up to £330m over
// 5 + 2 years) and the chain of non-competitive awards to Palantir that preceded it (about £60m);
// plus one other contract over £100m. Figures are illustrative, shaped on public reporting.
import type { SeedContext } from "./context";
import { utc } from "./dates";
import type { Rng } from "./prng";
import { HMRC, NHS_ENGLAND } from "./ref-departments";
import { ACCENTURE, CAPGEMINI, CARNALL_FARRAR, NECS, PALANTIR, PWC } from "./ref-suppliers";
import { fdpKpis, fdpSocialValue } from "./story-kpis";
import type { ContractPlan, DeptPlan, SupplierPlan } from "./types";

export const FDP_REFERENCE = "NHSE-FDP-2023";
const POUNDS = 100;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo story needs ${what}`);
  return value;
}

type StoryFields = Pick<ContractPlan, "reference" | "title" | "awardPence" | "awardDate" | "startDate" | "endDate"> &
  Partial<ContractPlan>;

export function storyPlan(ctx: SeedContext, dept: DeptPlan, lead: SupplierPlan, fields: StoryFields): ContractPlan {
  return {
    id: ctx.id("Contract"),
    dept,
    lead,
    description: null,
    route: "DIRECT_AWARD",
    method: "LIMITED",
    justification: null,
    lot: null,
    capabilityCode: "data.platforms",
    tenderers: 1,
    currentPence: fields.awardPence,
    extensionOptionsMonths: 0,
    extensionsUsed: 0,
    status: "EXPIRED",
    hasExitPlan: false,
    hasBreakClause: false,
    hasDataExportTerms: false,
    usesOpenStandards: false,
    kpiExemptionReason: null,
    members: [],
    amendments: [],
    kpis: [],
    socialValue: [],
    ...fields,
  };
}

/** The lock-in history: emergency award, continuation, two-year award with extension, bridge. */
export function fdpChain(ctx: SeedContext): ContractPlan[] {
  const nhse = must(ctx.departmentByName.get(NHS_ENGLAND), NHS_ENGLAND);
  const palantir = must(ctx.supplierByName.get(PALANTIR), PALANTIR);
  const urgency = "Extreme urgency (COVID-19): Public Contracts Regulations 2015, regulation 32(2)(c).";
  const chain: ContractPlan[] = [
    storyPlan(ctx, nhse, palantir, {
      reference: ctx.nextReference("NHSE", 2020),
      title: "COVID-19 Data Store: emergency data platform",
      awardPence: 1 * POUNDS,
      awardDate: utc(2020, 3, 27),
      startDate: utc(2020, 3, 28),
      endDate: utc(2020, 6, 27),
      justification: urgency,
    }),
    storyPlan(ctx, nhse, palantir, {
      reference: ctx.nextReference("NHSE", 2020),
      title: "COVID-19 Data Store: continuation of the data platform",
      awardPence: 1_000_000 * POUNDS,
      awardDate: utc(2020, 6, 24),
      startDate: utc(2020, 6, 28),
      endDate: utc(2020, 12, 11),
      justification: urgency,
    }),
    storyPlan(ctx, nhse, palantir, {
      reference: ctx.nextReference("NHSE", 2020),
      title: "COVID-19 Data Store and vaccine programme data platform",
      awardPence: 23_500_000 * POUNDS,
      currentPence: 35_000_000 * POUNDS,
      awardDate: utc(2020, 12, 11),
      startDate: utc(2020, 12, 12),
      endDate: utc(2023, 6, 30),
      awardedEndDate: utc(2022, 12, 31),
      extensionOptionsMonths: 6,
      extensionsUsed: 1,
      justification:
        "Only this supplier can provide the services for technical reasons: the platform built under the emergency contracts (regulation 32(2)(b)(ii)).",
      amendments: [
        {
          kind: "EXTENSION",
          date: utc(2022, 12, 5),
          rationale: "Extended to June 2023 while the Federated Data Platform is procured.",
          valuePence: 11_500_000 * POUNDS,
          newEndDate: utc(2023, 6, 30),
          extensionMonths: 6,
        },
      ],
    }),
    storyPlan(ctx, nhse, palantir, {
      reference: ctx.nextReference("NHSE", 2023),
      title: "Data platform continuity pending the Federated Data Platform",
      awardPence: 24_000_000 * POUNDS,
      awardDate: utc(2023, 6, 28),
      startDate: utc(2023, 7, 1),
      endDate: utc(2024, 3, 31),
      method: "LIMITED",
      justification: "Continuity of service while the replacement contract (the Federated Data Platform) is procured.",
    }),
  ];
  return chain;
}

export function fdpContract(ctx: SeedContext, rng: Rng): ContractPlan {
  const nhse = must(ctx.departmentByName.get(NHS_ENGLAND), NHS_ENGLAND);
  const supplier = (name: string) => must(ctx.supplierByName.get(name), name);
  const palantir = supplier(PALANTIR);
  const start = utc(2023, 12, 1);
  const member = (name: string, role: string, pledgeBp: number, deliveryFactor: number) => ({
    id: ctx.id("PartnershipMember"),
    supplier: supplier(name),
    role,
    pledgeBp,
    joinedOn: start,
    leftOn: null,
    deliveryFactor,
  });
  const members = [
    member(ACCENTURE, "delivery", 1200, 0.96),
    member(PWC, "specialist", 500, 0.92),
    member(NECS, "data", 300, 1.0),
    member(CARNALL_FARRAR, "specialist", 150, 0.9),
  ];
  const accountable = {
    palantir: palantir.id,
    accenture: supplier(ACCENTURE).id,
    pwc: supplier(PWC).id,
    necs: supplier(NECS).id,
    cf: supplier(CARNALL_FARRAR).id,
  };
  return storyPlan(ctx, nhse, palantir, {
    reference: FDP_REFERENCE,
    title: "Federated Data Platform and associated services",
    description:
      "A federated data platform for NHS trusts and integrated care boards, with implementation, benefits realisation and data services. Five years with an option to extend by two.",
    route: "OPEN",
    method: "OPEN",
    tenderers: 2,
    awardPence: 330_000_000 * POUNDS,
    awardDate: utc(2023, 11, 21),
    startDate: start,
    endDate: utc(2028, 11, 30),
    extensionOptionsMonths: 24,
    status: "ACTIVE",
    hasExitPlan: true,
    hasBreakClause: true,
    hasDataExportTerms: true,
    usesOpenStandards: false,
    members,
    kpis: fdpKpis(rng, accountable, start, ctx.asOf),
    socialValue: fdpSocialValue(accountable, start, ctx.asOf),
  });
}

/** A second contract over £100m, so the Technology Code of Practice red line shows outside health too. */
export function hmrcPlatform(ctx: SeedContext): ContractPlan {
  const hmrc = must(ctx.departmentByName.get(HMRC), HMRC);
  const start = utc(2022, 7, 1);
  return storyPlan(ctx, hmrc, must(ctx.supplierByName.get(CAPGEMINI), CAPGEMINI), {
    reference: ctx.nextReference("HMRC", 2022),
    title: "Enterprise tax platform managed service",
    description: "Application management and hosting for HMRC's core tax platforms.",
    route: "OPEN",
    method: "OPEN",
    tenderers: 3,
    capabilityCode: "managed.application",
    awardPence: 142_500_000 * POUNDS,
    awardDate: utc(2022, 5, 16),
    startDate: start,
    endDate: utc(2029, 6, 30),
    extensionOptionsMonths: 24,
    status: "ACTIVE",
    hasExitPlan: true,
    hasBreakClause: true,
    hasDataExportTerms: true,
    usesOpenStandards: true,
  });
}
