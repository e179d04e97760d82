import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AmendmentSchema, CreateContractSchema } from "@/lib/contracts/schema";

const fields = (result: { success: boolean; error?: z.ZodError }) =>
  Object.keys(z.flattenError(result.error!).fieldErrors).sort();

describe("CreateContractSchema", () => {
  it("names the route's missing field together with every other problem", () => {
    expect(fields(CreateContractSchema.safeParse({ routeToMarket: "DIRECT_AWARD" }))).toEqual([
      "awardDate",
      "awardValue",
      "directAwardJustification",
      "endDate",
      "formId",
      "leadPartnerId",
      "startDate",
      "title",
    ]);
    expect(fields(CreateContractSchema.safeParse({ routeToMarket: "FRAMEWORK_CALL_OFF", title: "x" }))).toContain(
      "lotId",
    );
  });

  it("keeps money exact and dates as UTC midnight; checkboxes are booleans", () => {
    const parsed = CreateContractSchema.parse({
      title: "T",
      routeToMarket: "OPEN",
      leadPartnerId: "s1",
      awardValue: "£1,250,000.50",
      awardDate: "2025-02-24",
      startDate: "2025-03-01",
      endDate: "2026-02-28",
      hasExitPlan: "on",
      formId: "0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f",
    });
    expect(parsed.awardValue).toBe("1250000.50");
    expect(parsed.awardDate.toISOString()).toBe("2025-02-24T00:00:00.000Z");
    expect([parsed.hasExitPlan, parsed.hasBreakClause, parsed.extensionOptionsMonths]).toEqual([true, false, 0]);
  });

  it("refuses impossible and out-of-range dates by the shared date rule", () => {
    const base = {
      title: "T",
      routeToMarket: "OPEN",
      leadPartnerId: "s1",
      awardValue: "1",
      startDate: "2025-03-01",
      endDate: "2026-02-28",
      formId: "0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f",
    };
    expect(fields(CreateContractSchema.safeParse({ ...base, awardDate: "2025-02-31" }))).toEqual(["awardDate"]);
    expect(fields(CreateContractSchema.safeParse({ ...base, awardDate: "0000-01-01" }))).toEqual(["awardDate"]);
  });
});

describe("AmendmentSchema", () => {
  it("takes a negative value change, and needs a new end date for an extension", () => {
    expect(
      AmendmentSchema.parse({
        contractId: "c",
        kind: "VALUE_CHANGE",
        date: "2025-01-01",
        rationale: "r",
        valueChange: "-25,000",
        legalGround: "ADDITIONAL_SUPPLY",
      }).valueChange,
    ).toBe("-25000");
    expect(
      fields(
        AmendmentSchema.safeParse({
          contractId: "c",
          kind: "EXTENSION",
          date: "2025-01-01",
          rationale: "r",
          legalGround: "PROVIDED_FOR_IN_CONTRACT",
        }),
      ),
    ).toEqual(["newEndDate"]);
  });

  it("needs the change's legal ground, and never takes 'not recorded' for a new change", () => {
    const base = { contractId: "c", kind: "SCOPE_CHANGE", date: "2025-01-01", rationale: "r" };
    expect(fields(AmendmentSchema.safeParse(base))).toEqual(["legalGround"]);
    expect(fields(AmendmentSchema.safeParse({ ...base, legalGround: "NOT_RECORDED" }))).toEqual(["legalGround"]);
  });
});
