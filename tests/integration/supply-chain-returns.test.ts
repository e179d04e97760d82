// Supply-chain returns: a lead partner reports what it paid its partnership members; they become indirect spend.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idle } from "@/lib/actions/state";
import { submitReturnLine, uploadReturnCsv } from "@/lib/supply-chain/actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import {
  addMember,
  companiesHouseNumber,
  createContract,
  createDepartment,
  createSpend,
  createSupplier,
  createUser,
} from "@/tests/factories";

async function partnership() {
  const department = await createDepartment();
  const [lead, sme, leaver, outsider] = await Promise.all([
    createSupplier(),
    createSupplier({ companiesHouseNumber: companiesHouseNumber() }),
    createSupplier(),
    createSupplier({ companiesHouseNumber: companiesHouseNumber() }),
  ]);
  const contract = await createContract(department.id, lead.id, { reference: `REF-${lead.id}` });
  await addMember(contract.id, sme.id, { joinedOn: new Date("2024-02-01") });
  await addMember(contract.id, leaver.id, { joinedOn: new Date("2024-02-01"), leftOn: new Date("2024-06-30") });
  // The buyer paid the lead every month of 2024: a return passes on part of what the lead received.
  for (let month = 2; month <= 12; month++) {
    await createSpend(department.id, lead.id, `2024-${String(month).padStart(2, "0")}-15`, "1000000.00", {
      contractId: contract.id,
    });
  }
  const user = await createUser("SUPPLIER_USER", { supplierId: lead.id });
  actAs(user);
  return { department, lead, sme, leaver, outsider, contract, user };
}

const csv = (...lines: string[]) => {
  const data = new FormData();
  data.append(
    "file",
    new File([["Contract reference,Month,Member,Amount", ...lines].join("\n")], "return.csv", { type: "text/csv" }),
  );
  return data;
};

// The payments returns added (the fixture's direct spend to the lead is left out).
const spendOn = (contractId: string) =>
  db.spendTransaction.findMany({ where: { contractId, kind: "INDIRECT" }, orderBy: { paidOn: "asc" } });

describe("supply-chain returns by CSV", () => {
  it("become INDIRECT spend paid by the lead, in the contract's department, with an import record and an audit event", async () => {
    const w = await partnership();
    const state = await uploadReturnCsv(
      idle,
      csv(
        `${w.contract.reference},2024-03,${w.sme.companiesHouseNumber},"£12,345.67"`,
        `${w.contract.id},2024-06,${w.leaver.legalName},0.10`,
      ),
    );
    expect(state).toMatchObject({ status: "success", message: "Return saved: 2 payments added." });
    const spend = await spendOn(w.contract.id);
    expect(
      spend.map((s) => [
        s.kind,
        s.payerSupplierId,
        s.payeeSupplierId,
        s.departmentId,
        s.amount.toFixed(2),
        s.paidOn.toISOString().slice(0, 10),
      ]),
    ).toEqual([
      ["INDIRECT", w.lead.id, w.sme.id, w.department.id, "12345.67", "2024-03-31"],
      ["INDIRECT", w.lead.id, w.leaver.id, w.department.id, "0.10", "2024-06-30"],
    ]);
    const record = await db.import.findUniqueOrThrow({ where: { id: spend[0]!.importId! } });
    expect(record).toMatchObject({
      kind: "SUPPLY_CHAIN_RETURN",
      status: "COMPLETED",
      rowsRead: 2,
      rowsWritten: 2,
      departmentId: w.department.id,
      createdById: w.user.id,
    });
    expect(record.totalAmount.toFixed(2)).toBe("12345.77");
    expect(await db.auditEvent.count({ where: { entityId: record.id, action: "supply-chain-return.submit" } })).toBe(1);
  });

  it("re-submitting the same return adds no duplicates", async () => {
    const w = await partnership();
    const line = `${w.contract.reference},2024-04,${w.sme.companiesHouseNumber},5000`;
    await uploadReturnCsv(idle, csv(line));
    const again = await uploadReturnCsv(idle, csv(line));
    expect(again.status === "success" && again.message).toMatch(/0 payments added; 1 already reported/);
    expect(await spendOn(w.contract.id)).toHaveLength(1);
  });

  it("rejects bad rows with row-numbered messages and saves nothing", async () => {
    const w = await partnership();
    const importsBefore = await db.import.count({ where: { createdById: w.user.id } });
    const state = await uploadReturnCsv(
      idle,
      csv(
        `${w.contract.reference},2024-03,${w.sme.companiesHouseNumber},100.00`, // row 2: fine
        `${w.contract.reference},2024-13,${w.sme.companiesHouseNumber},100`, // row 3: bad month
        `${w.contract.reference},2024-03,${w.sme.companiesHouseNumber},12.345`, // row 4: not pence
        `${w.contract.reference},2024-08,${w.leaver.legalName},100`, // row 5: left in June
        `${w.contract.reference},2024-03,${w.outsider.companiesHouseNumber},100`, // row 6: not a member
        `${w.contract.reference},2024-03,${w.sme.companiesHouseNumber},100.00`, // row 7: repeats row 2
        `NO-SUCH-CONTRACT,2024-03,${w.sme.companiesHouseNumber},100`, // row 8
      ),
    );
    expect(state.status).toBe("error");
    const rowErrors = (state as { rowErrors?: { row: number; message: string }[] }).rowErrors!;
    expect(rowErrors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(rowErrors[0]!.message).toMatch(/not YYYY-MM/);
    expect(rowErrors[1]!.message).toMatch(/at most 2 decimal places/);
    expect(rowErrors[2]!.message).toMatch(/was not a member .* in 2024-08/);
    expect(rowErrors[3]!.message).toMatch(/is not a member of the partnership/);
    expect(rowErrors[4]!.message).toMatch(/repeats row 2/);
    expect(rowErrors[5]!.message).toMatch(/not a contract on which you are the lead partner/);
    expect(await spendOn(w.contract.id)).toHaveLength(0);
    expect(await db.import.count({ where: { createdById: w.user.id } })).toBe(importsBefore);
  });

  it("rejects a file without the expected header", async () => {
    await partnership();
    const data = new FormData();
    data.append("file", new File(["a,b\n1,2"], "x.csv"));
    const state = (await uploadReturnCsv(idle, data)) as { rowErrors?: { row: number; message: string }[] };
    expect(state.rowErrors?.[0]).toMatchObject({ row: 1 });
    expect(state.rowErrors?.[0]?.message).toMatch(/Header is missing contract, month, member, amount/);
  });

  it("refuses a changed amount for a month already reported, saving nothing", async () => {
    const w = await partnership();
    await uploadReturnCsv(idle, csv(`${w.contract.reference},2024-05,${w.sme.companiesHouseNumber},100`));
    const state = await uploadReturnCsv(
      idle,
      csv(
        `${w.contract.reference},2024-05,${w.sme.companiesHouseNumber},150`,
        `${w.contract.reference},2024-06,${w.sme.companiesHouseNumber},1`,
      ),
    );
    expect(state.status).toBe("error");
    expect((await spendOn(w.contract.id)).map((s) => s.amount.toFixed(2))).toEqual(["100.00"]);
  });
});

describe("supply-chain returns against what the lead was paid", () => {
  it("refuses a return larger than the buyer paid the lead for that contract and month, with the figures", async () => {
    const w = await partnership();
    await createSpend(w.department.id, w.lead.id, "2025-01-10", "20000.00", { contractId: w.contract.id });
    const state = await uploadReturnCsv(
      idle,
      csv(
        `${w.contract.id},2025-01,${w.sme.companiesHouseNumber},15000`,
        `${w.contract.id},2025-01,${w.leaver.legalName},1`,
      ),
    );
    expect(state.status).toBe("error");
    const single = await submitReturnLine(
      idle,
      form({ contract: w.contract.id, month: "2025-01", member: w.sme.companiesHouseNumber!, amount: "25000" }),
    );
    expect(single).toMatchObject({
      status: "error",
      fieldErrors: {
        amount: [
          `Payments to members on "${w.contract.title}" in 2025-01 come to £25,000.00, more than the £20,000.00 the buyer paid you for that contract that month`,
        ],
      },
    });
    expect(await db.spendTransaction.count({ where: { contractId: w.contract.id, kind: "INDIRECT" } })).toBe(0);
  });

  it("counts earlier returns for the month, and refuses any return on a month with no direct spend", async () => {
    const w = await partnership();
    await createSpend(w.department.id, w.lead.id, "2025-02-03", "1000.00", { contractId: w.contract.id });
    expect(
      (
        await submitReturnLine(
          idle,
          form({ contract: w.contract.id, month: "2025-02", member: w.sme.companiesHouseNumber!, amount: "800" }),
        )
      ).status,
    ).toBe("success");
    const more = await submitReturnLine(
      idle,
      form({ contract: w.contract.id, month: "2025-02", member: w.sme.companiesHouseNumber!, amount: "800" }),
    );
    expect(more.status).toBe("success"); // the same payment again: a repeat, not more money
    const over = await uploadReturnCsv(
      idle,
      csv(
        `${w.contract.id},2025-02,${w.sme.companiesHouseNumber},800`,
        `${w.contract.id},2025-03,${w.sme.companiesHouseNumber},1`,
      ),
    );
    expect(
      over.status === "error" && (over as { rowErrors?: { message: string }[] }).rowErrors?.[0]?.message,
    ).toContain("more than the £0.00 the buyer paid you");
    expect(await db.spendTransaction.count({ where: { contractId: w.contract.id, kind: "INDIRECT" } })).toBe(1);
  });
});

describe("supply-chain returns: who may file", () => {
  it("a member that is not the lead cannot report on the lead's contract (a forged contract id)", async () => {
    const w = await partnership();
    actAs(await createUser("SUPPLIER_USER", { supplierId: w.sme.id }));
    const state = await submitReturnLine(
      idle,
      form({ contract: w.contract.id, month: "2024-03", member: w.leaver.legalName, amount: "10" }),
    );
    expect(state.status).toBe("error");
    expect(await spendOn(w.contract.id)).toHaveLength(0);
  });

  it("the form entry follows the same rules and writes the same way", async () => {
    const w = await partnership();
    const state = await submitReturnLine(
      idle,
      form({ contract: w.contract.id, month: "2024-09", member: w.sme.companiesHouseNumber!, amount: "2500.50" }),
    );
    expect(state.status).toBe("success");
    expect((await spendOn(w.contract.id)).map((s) => s.amount.toFixed(2))).toEqual(["2500.50"]);
  });

  it("auditors, commercial leads and admins are refused", async () => {
    const w = await partnership();
    for (const role of ["AUDITOR", "COMMERCIAL_LEAD", "ADMIN"] as const) {
      actAs(
        await createUser(role, {
          auditorAllDepartments: role === "AUDITOR",
          departmentId: role === "COMMERCIAL_LEAD" ? w.department.id : undefined,
        }),
      );
      await expectForbidden(
        submitReturnLine(
          idle,
          form({ contract: w.contract.id, month: "2024-03", member: w.sme.legalName, amount: "1" }),
        ),
      );
    }
  });
});
