// One golden notice per type, generated from a known contract and checked against the OCDS 1.1.5 schema
// (lib/ocds/validate.ts). The goldens under __golden__/ were read line by line; a change to them is a change
// to what we would publish.
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { validateReleasePackage } from "@/lib/ocds/validate";
import { buildUk1 } from "./pipeline-notice";
import { buildUk10 } from "./change-notice";
import { noticePackage } from "./common";
import { buildUk11, buildUk7 } from "./contract-notices";
import { buildUk9 } from "./performance-notice";
import type { NoticeContract } from "./source";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const draftedAt = new Date("2026-06-15T09:30:00Z");
const supplier = (
  id: string,
  legalName: string,
  companiesHouseNumber: string,
  smeAtAward: boolean | null,
  isVcse = false,
) => ({ id, legalName, companiesHouseNumber, smeAtAward, isVcse });
const palantir = supplier("sup-palantir", "Palantir Technologies UK Ltd", "01234567", false);
const carnall = supplier("sup-cf", "Carnall Farrar Limited", "07654321", true);

// The NHS Federated Data Platform's consortium, as if it had been awarded under the Act (illustrative figures
// and company numbers): £330m over five years from April 2025 with a two-year extension option.
const fdp: NoticeContract = {
  id: "fdp",
  ocid: null,
  reference: "NHSE-FDP-2025",
  title: "Federated Data Platform and associated services",
  description: "A data platform for NHS trusts and integrated care boards.",
  status: "ACTIVE",
  category: "SERVICES",
  procurementMethod: "OPEN",
  awardValue: "330000000.00",
  currentValue: "370000000.00",
  awardDate: day("2025-03-03"),
  startDate: day("2025-04-01"),
  endDate: day("2030-03-31"),
  awardedEndDate: day("2030-03-31"),
  extensionOptionsMonths: 24,
  kpiExemptionReason: null,
  department: { id: "nhse", name: "NHS England", identifier: null },
  leadPartner: palantir,
  members: [
    {
      id: "m-cf",
      role: "specialist",
      pledgedSharePercent: "1.50",
      joinedOn: day("2025-04-01"),
      leftOn: null,
      supplier: carnall,
    },
  ],
  kpis: [
    {
      id: "kpi-1",
      name: "Platform availability",
      measure: "Monthly availability of the platform in core hours",
      target: "99.5%",
      accountableSupplierId: palantir.id,
      assessments: [{ id: "a-1", assessedOn: day("2026-03-31"), rating: "GOOD", note: "99.8% in every month" }],
    },
    {
      id: "kpi-2",
      name: "Trust onboarding",
      measure: "Trusts live on the platform against plan",
      target: "100% of plan",
      accountableSupplierId: palantir.id,
      assessments: [{ id: "a-2", assessedOn: day("2026-03-31"), rating: "REQUIRES_IMPROVEMENT", note: "68% of plan" }],
    },
    {
      id: "kpi-3",
      name: "Data quality",
      measure: "Records passing validation",
      target: "98%",
      accountableSupplierId: carnall.id,
      assessments: [{ id: "a-3", assessedOn: day("2026-03-31"), rating: "APPROACHING_TARGET", note: null }],
    },
  ],
  changes: [
    {
      id: "ch-1",
      kind: "VALUE_CHANGE",
      date: day("2026-07-01"),
      valueChange: "40000000.00",
      newEndDate: null,
      endsContract: false,
      legalGround: "ADDITIONAL_SUPPLY",
      connectedToId: null,
      rationale: "Additional integration services for 40 more trusts.",
      supplierId: null,
      supplierName: null,
      supplierCompaniesHouseNumber: null,
    },
  ],
  failures: [
    {
      id: "pf-1",
      kind: "FAILURE_TO_IMPROVE",
      foundOn: day("2026-06-01"),
      description: "Trust onboarding remained below plan after the improvement period.",
      supplierId: palantir.id,
    },
  ],
};

const pkg = (release: unknown) =>
  noticePackage([release], draftedAt, "https://partnerscope.example/api/exports/notices/golden");

function expectValidGolden(release: unknown, name: string) {
  const result = validateReleasePackage(pkg(release));
  expect(result.errors).toEqual([]);
  expect(result.valid).toBe(true);
  expect(result.unvalidatedExtensions).toEqual([]); // every extension a notice declares is checked, KPIs included
  return expect(JSON.stringify(pkg(release), null, 2) + "\n").toMatchFileSnapshot(`__golden__/${name}.json`);
}

describe("golden notices", () => {
  it("UK7 contract details: parties with SME and VCSE status, the award, the consortium and three KPIs", async () => {
    const release = buildUk7(fdp, { type: "UK7", obligationKey: "UK7:fdp", draftedAt });
    expect(release.contracts[0]?.agreedMetrics).toHaveLength(3);
    await expectValidGolden(release, "uk7");
  });

  it("UK9 contract performance: each KPI's latest rating as measureClassification, and the failure to improve", async () => {
    const release = buildUk9(fdp, {
      type: "UK9",
      obligationKey: "UK9:failure:pf-1",
      performanceFailureId: "pf-1",
      draftedAt,
    });
    expect(
      release.contracts[0]?.implementation.metrics.map((m) => m.observations[0]?.measureClassification.id),
    ).toEqual(["met", "below", "slightlyBelow"]);
    await expectValidGolden(release, "uk9");
  });

  it("UK10 contract change: a proposed amendment with its legal ground and the value after it", async () => {
    const release = buildUk10(fdp, { type: "UK10", obligationKey: "UK10:ch-1", amendmentId: "ch-1", draftedAt });
    expect(release.contracts[0]).toMatchObject({
      proposedAmendments: [{ value: { amount: 370000000, currency: "GBP" } }],
    });
    await expectValidGolden(release, "uk10");
  });

  it("UK11 contract termination: ended early, when and why", async () => {
    const ended = {
      ...fdp,
      status: "TERMINATED" as const,
      endDate: day("2026-05-31"),
      changes: [
        ...fdp.changes.slice(0, 0),
        {
          ...fdp.changes[0]!,
          id: "end",
          kind: "OTHER" as const,
          date: day("2026-03-01"),
          valueChange: "0",
          newEndDate: day("2026-05-31"),
          endsContract: true,
          rationale: "Closed (terminated): terminated under the break clause after the platform was replaced.",
        },
      ],
    };
    await expectValidGolden(
      buildUk11(ended, { type: "UK11", obligationKey: "UK11:fdp", draftedAt }, day("2026-05-31")),
      "uk11",
    );
  });

  it("UK1 pipeline: the expected spend and the contracts over £2m expected in 18 months", async () => {
    const planned = {
      id: "plan-1",
      title: "Shared care records, national tranche",
      status: "PLANNED" as const,
      currentValue: "12500000.00",
      awardDate: day("2026-11-02"),
      startDate: day("2027-01-04"),
      endDate: day("2030-01-03"),
    };
    const release = buildUk1(
      {
        department: fdp.department,
        financialYear: 2026,
        expectedSpend: new Decimal("412345678.90"),
        contracts: [planned],
      },
      "UK1:nhse:2026",
      draftedAt,
    );
    await expectValidGolden(release, "uk1");
  });

  it("the metrics extension is checked: a UK7 KPI without its id is refused", () => {
    const uk7 = buildUk7(fdp, { type: "UK7", obligationKey: "UK7:fdp", draftedAt });
    const [contract] = uk7.contracts;
    const [first, ...rest] = contract!.agreedMetrics!;
    const { id: _id, ...withoutId } = first!;
    const broken = { ...uk7, contracts: [{ ...contract, agreedMetrics: [withoutId, ...rest] }] };
    const result = validateReleasePackage(pkg(broken));
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result.errors)).toContain("agreedMetrics");
  });

  it("the validator refuses a broken notice (the check is real)", () => {
    const broken = { ...buildUk7(fdp, { type: "UK7", obligationKey: "UK7:fdp", draftedAt }), tag: ["contractDetails"] };
    expect(validateReleasePackage(pkg(broken)).valid).toBe(false);
  });
});
