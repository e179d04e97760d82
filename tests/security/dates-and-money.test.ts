// Issue 16, item 7: impossible dates and out-of-range money, replayed through the real actions.
import { beforeAll, describe, expect, it } from "vitest";
import { idle } from "@/lib/actions/state";
import { recordAmendment } from "@/lib/amendments/actions";
import { createContract as createContractAction } from "@/lib/contracts/actions";
import { VALUE_BELOW_ZERO, VALUE_TOO_LARGE } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";
import { form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createContract } from "@/tests/factories";
import { buildContractWorld } from "@/tests/integration/contract-world";

let w: Awaited<ReturnType<typeof buildContractWorld>>;
beforeAll(async () => {
  w = await buildContractWorld();
});

const newContract = (over: Record<string, string>) => ({
  title: `Dates ${Math.random().toString(36).slice(2)}`,
  routeToMarket: "OPEN",
  leadPartnerId: w.lead.id,
  awardValue: "1000",
  awardDate: "2025-01-10",
  startDate: "2025-02-01",
  endDate: "2026-01-31",
  formId: crypto.randomUUID(),
  ...over,
});

describe("dates", () => {
  it.each([
    ["2025-02-31", /real date/],
    ["0000-01-01", /between 1900 and 2100/],
  ])("awardDate=%s is refused with a field message, nothing stored", async (awardDate, message) => {
    actAs(w.users.lead);
    const values = newContract({ awardDate });
    const result = await createContractAction(idle, form(values));
    expect(result).toMatchObject({ status: "error", fieldErrors: { awardDate: [expect.stringMatching(message)] } });
    expect(await db.contract.count({ where: { title: values.title } })).toBe(0);
  });
});

describe("money", () => {
  const amend = (contractId: string, valueChange: string) =>
    recordAmendment(
      idle,
      form({
        contractId,
        kind: "VALUE_CHANGE",
        date: "2025-06-01",
        rationale: "Change request",
        legalGround: "PROVIDED_FOR_IN_CONTRACT",
        valueChange,
      }),
    );

  it("an amendment cannot take the current value below zero: the database refuses, the form says why", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    actAs(w.users.lead);
    const result = await amend(c.id, "-99999999999999.99");
    expect(result).toMatchObject({
      status: "error",
      message: VALUE_BELOW_ZERO,
      fieldErrors: { valueChange: [VALUE_BELOW_ZERO] },
    });
    const after = await db.contract.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.currentValue.toString()).toBe("1000000");
    expect(await db.amendment.count({ where: { contractId: c.id } })).toBe(0);
  });

  it("summing past numeric(16,2) is a field message, not a 500", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    actAs(w.users.lead);
    const result = await amend(c.id, "99999999999999.99");
    expect(result).toMatchObject({
      status: "error",
      message: VALUE_TOO_LARGE,
      fieldErrors: { valueChange: [VALUE_TOO_LARGE] },
    });
    expect((await db.contract.findUniqueOrThrow({ where: { id: c.id } })).currentValue.toString()).toBe("1000000");
  });

  it("the database itself refuses a negative current value, whoever writes it", async () => {
    const c = await createContract(w.dept.id, w.lead.id);
    await expect(
      db.$executeRawUnsafe(`UPDATE "Contract" SET "currentValue" = -0.01 WHERE id = '${c.id}'`),
    ).rejects.toThrow(/Contract_currentValue_not_negative/);
  });
});
