// Contracts under the Procurement Act 2023 (in force 24 February 2025), so the demo owes notices: an NHS England
// contract over £5m with three rated KPIs (UK7 and a 12-monthly UK9), and one it plans to award (the UK1
// pipeline). Written after the generated contracts, so the generated data set stays as it was.
import type { SeedContext } from "./context";
import { utc } from "./dates";
import { NHS_ENGLAND } from "./ref-departments";
import { ACCENTURE, CARNALL_FARRAR } from "./ref-suppliers";
import { storyPlan } from "./story";
import type { ContractPlan } from "./types";

const POUNDS = 100;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo story needs ${what}`);
  return value;
}

export const SHARED_CARE_TITLE = "Shared care record integration services";

export function procurementActContracts(ctx: SeedContext): ContractPlan[] {
  const nhse = must(ctx.departmentByName.get(NHS_ENGLAND), NHS_ENGLAND);
  const accenture = must(ctx.supplierByName.get(ACCENTURE), ACCENTURE);
  const carnall = must(ctx.supplierByName.get(CARNALL_FARRAR), CARNALL_FARRAR);
  const start = utc(2025, 7, 1);
  const rated = (ratings: Array<"GOOD" | "APPROACHING_TARGET" | "REQUIRES_IMPROVEMENT">) =>
    ratings.map((rating, i) => ({
      date: i === 0 ? utc(2025, 12, 15) : utc(2026, 6, 15),
      rating,
      note: rating === "GOOD" ? null : "Below target; recovery plan agreed.",
    }));
  return [
    storyPlan(ctx, nhse, accenture, {
      reference: ctx.nextReference("NHSE", 2025),
      title: SHARED_CARE_TITLE,
      description:
        "Integration of trusts' shared care records with the national record locator, under the Procurement Act 2023.",
      route: "OPEN",
      method: "OPEN",
      tenderers: 4,
      capabilityCode: "data.engineering",
      awardPence: 12_400_000 * POUNDS,
      awardDate: utc(2025, 6, 16),
      startDate: start,
      endDate: utc(2028, 6, 30),
      extensionOptionsMonths: 12,
      status: "ACTIVE",
      hasExitPlan: true,
      hasBreakClause: true,
      hasDataExportTerms: true,
      usesOpenStandards: true,
      members: [
        {
          id: ctx.id("PartnershipMember"),
          supplier: carnall,
          role: "data",
          pledgeBp: 1200,
          joinedOn: start,
          leftOn: null,
          deliveryFactor: 1,
        },
      ],
      kpis: [
        {
          name: "Trusts connected",
          measure: "Trusts whose records are available through the locator",
          target: "Trajectory in the implementation plan",
          accountableSupplierId: accenture.id,
          assessments: rated(["APPROACHING_TARGET", "GOOD"]),
        },
        {
          name: "Record availability",
          measure: "Core hours the integrated record is available",
          target: "99.5% each month",
          accountableSupplierId: accenture.id,
          assessments: rated(["GOOD", "GOOD"]),
        },
        {
          name: "Data quality",
          measure: "Records passing validation when ingested",
          target: "98% of records",
          accountableSupplierId: carnall.id,
          assessments: rated(["REQUIRES_IMPROVEMENT", "APPROACHING_TARGET"]),
        },
      ],
      socialValue: [
        {
          theme: "Tackling economic inequality",
          description: "Apprenticeships on the contract",
          measure: "apprenticeships",
          targetHundredths: 12_00,
          accountableSupplierId: accenture.id,
          deliveries: [],
        },
      ],
    }),
    storyPlan(ctx, nhse, accenture, {
      reference: ctx.nextReference("NHSE", 2026),
      title: "National record locator: next generation",
      description: "Planned replacement of the national record locator, expected to be awarded in 2027.",
      route: "OPEN",
      method: "OPEN",
      tenderers: null,
      capabilityCode: "data.engineering",
      awardPence: 28_000_000 * POUNDS,
      awardDate: utc(2027, 3, 1),
      startDate: utc(2027, 4, 1),
      endDate: utc(2031, 3, 31),
      status: "PLANNED",
      members: [
        {
          id: ctx.id("PartnershipMember"),
          supplier: carnall,
          role: "data",
          pledgeBp: 500,
          joinedOn: utc(2027, 4, 1),
          leftOn: null,
          deliveryFactor: 1,
        },
      ],
      kpis: [
        {
          name: "Availability",
          measure: "Core hours available",
          target: "99.9%",
          accountableSupplierId: accenture.id,
          assessments: [],
        },
      ],
      socialValue: [
        {
          theme: "Equal opportunity",
          description: "Data skills training",
          measure: "training hours",
          targetHundredths: 1_000_00,
          accountableSupplierId: accenture.id,
          deliveries: [],
        },
      ],
    }),
  ];
}
