// Supply-chain returns: a lead partner reports what it paid its partnership members; they become indirect spend.
// A CSV file is stored by the action and checked and written by its job (tests/returns.ts waits for it).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idle } from "@/lib/actions/state";
import { submitReturnLine, uploadReturnCsv } from "@/lib/supply-chain/actions";
import { returnSavedMessage } from "@/lib/supply-chain/outcome-text";
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
import { returnCsv, uploadReturn } from "@/tests/returns";

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

const csv = (...lines: string[]) => returnCsv(lines);

// The payments returns added (the fixture's direct spend to the lead is left out).
const spendOn = (contractId: string) =>
  db.spendTransaction.findMany({ where: { contractId, kind: "INDIRECT" }, orderBy: { paidOn: "asc" } });

describe("supply-chain returns by CSV", () => {
  it("become INDIRECT spend paid by the lead, in the contract's department, with an import record and an audit event", async () => {
    const w = await partnership();
    const record = await uploadReturn(
      csv(
        `${w.contract.reference},2024-03,${w.sme.companiesHouseNumber},"£12,345.67"`,
        `${w.contract.id},2024-06,${w.leaver.legalName},0.10`,
      ),
    );
    expect(returnSavedMessage(record.rowsWritten, record.duplicatesSkipped)).toBe("Return saved: 2 payments added.");
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
    expect(spend.every((s) => s.importId === record.id)).toBe(true);
    expect(record).toMatchObject({
      kind: "SUPPLY_CHAIN_RETURN",
      status: "COMPLETED",
      fileName: "return.csv",
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
    await uploadReturn(csv(line));
    const again = await uploadReturn(csv(line));
    expect(again).toMatchObject({ status: "COMPLETED", rowsWritten: 0, duplicatesSkipped: 1 });
    expect(returnSavedMessage(again.rowsWritten, again.duplicatesSkipped)).toMatch(
      /0 payments added; 1 already reported/,
    );
    expect(await spendOn(w.contract.id)).toHaveLength(1);
  });

  it("rejects bad rows with row-numbered messages and saves nothing", async () => {
    const w = await partnership();
    const record = await uploadReturn(
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
    expect(record).toMatchObject({ status: "REJECTED", rowsRead: 7, rowsWritten: 0 });
    const rowErrors = record.problems;
    expect(rowErrors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(rowErrors[0]).toMatchObject({ column: "month", value: "2024-13" });
    expect(rowErrors[0]!.message).toMatch(/not YYYY-MM/);
    expect(rowErrors[1]!.message).toMatch(/at most 2 decimal places/);
    expect(rowErrors[2]!.message).toMatch(/was not a member .* in 2024-08/);
    expect(rowErrors[3]!.message).toMatch(/is not a member of the partnership/);
    expect(rowErrors[4]!.message).toMatch(/repeats row 2/);
    expect(rowErrors[5]!.message).toMatch(/not a contract on which you are the lead partner/);
    expect(await spendOn(w.contract.id)).toHaveLength(0);
    // The upload's record says why; no return was recorded and nothing audited as submitted.
    expect(await db.import.count({ where: { createdById: w.user.id, status: { not: "REJECTED" } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: record.id } })).toBe(0);
    expect(await db.importUpload.count({ where: { importId: record.id } })).toBe(0);
  });

  it("rejects a file without the expected header", async () => {
    await partnership();
    const record = await uploadReturn(returnCsv(["1,2"], { name: "x.csv", header: "a,b" }));
    expect(record.status).toBe("REJECTED");
    expect(record.problems[0]).toMatchObject({ row: 1 });
    expect(record.problems[0]?.message).toMatch(/Header is missing contract, month, member, amount/);
  });

  it("refuses a changed amount for a month already reported, saving nothing", async () => {
    const w = await partnership();
    await uploadReturn(csv(`${w.contract.reference},2024-05,${w.sme.companiesHouseNumber},100`));
    const record = await uploadReturn(
      csv(
        `${w.contract.reference},2024-05,${w.sme.companiesHouseNumber},150`,
        `${w.contract.reference},2024-06,${w.sme.companiesHouseNumber},1`,
      ),
    );
    expect(record.status).toBe("REJECTED");
    expect(record.problems.map((p) => p.row)).toEqual([2]);
    expect(record.problems[0]?.message).toMatch(/£100.00 was already reported/);
    expect((await spendOn(w.contract.id)).map((s) => s.amount.toFixed(2))).toEqual(["100.00"]);
  });
});

describe("uploading a return file", () => {
  it("refuses a file that is missing, empty, too large, not named .csv or not text, storing nothing", async () => {
    const w = await partnership();
    const file = (parts: BlobPart[], name: string) => {
      const data = new FormData();
      data.append("file", new File(parts, name, { type: "text/csv" }));
      return data;
    };
    const cases: Array<[FormData, string]> = [
      [new FormData(), "Choose a CSV file"],
      [file([], "return.csv"), "Choose a CSV file"],
      [file([new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61)], "return.csv"), "The file is larger than 5 MB"],
      [file(["contract,month,member,amount\n"], "return.txt"), "Upload a .csv file"],
      [
        file([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], "return.csv"),
        "This is a PDF document, not CSV text",
      ],
    ];
    for (const [data, message] of cases) {
      expect(await uploadReturnCsv(idle, data)).toEqual({
        status: "error",
        message: "Check this field: file.",
        fieldErrors: { file: [message] },
        namesFields: true,
      });
    }
    expect(await db.import.count({ where: { createdById: w.user.id } })).toBe(0);
  });

  it("is refused to a supplier user whose account is linked to no organisation", async () => {
    actAs(await createUser("SUPPLIER_USER"));
    expect(await uploadReturnCsv(idle, csv("X,2024-03,X,1"))).toEqual({
      status: "error",
      message: "Your account is not linked to an organisation.",
    });
  });
});

describe("supply-chain returns against what the lead was paid", () => {
  it("refuses a return larger than the buyer paid the lead for that contract and month, with the figures", async () => {
    const w = await partnership();
    await createSpend(w.department.id, w.lead.id, "2025-01-10", "20000.00", { contractId: w.contract.id });
    const record = await uploadReturn(
      csv(
        `${w.contract.id},2025-01,${w.sme.companiesHouseNumber},15000`,
        `${w.contract.id},2025-01,${w.leaver.legalName},1`,
      ),
    );
    expect(record.status).toBe("REJECTED");
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
    const over = await uploadReturn(
      csv(
        `${w.contract.id},2025-02,${w.sme.companiesHouseNumber},800`,
        `${w.contract.id},2025-03,${w.sme.companiesHouseNumber},1`,
      ),
    );
    expect(over.status).toBe("REJECTED");
    expect(over.problems[0]?.message).toContain("more than the £0.00 the buyer paid you");
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
    // The same in a file: its job checks the rows against the uploader's own lead contracts.
    const record = await uploadReturn(csv(`${w.contract.id},2024-03,${w.leaver.legalName},10`));
    expect(record.status).toBe("REJECTED");
    expect(record.problems[0]?.message).toMatch(/not a contract on which you are the lead partner/);
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
    const refused: string[] = [];
    for (const role of ["AUDITOR", "COMMERCIAL_LEAD", "ADMIN"] as const) {
      const user = await createUser(role, {
        auditorAllDepartments: role === "AUDITOR",
        departmentId: role === "COMMERCIAL_LEAD" ? w.department.id : undefined,
      });
      refused.push(user.id);
      actAs(user);
      await expectForbidden(
        submitReturnLine(
          idle,
          form({ contract: w.contract.id, month: "2024-03", member: w.sme.legalName, amount: "1" }),
        ),
      );
      await expectForbidden(uploadReturnCsv(idle, csv(`${w.contract.id},2024-03,${w.sme.legalName},1`)));
    }
    // Refused before anything is stored or queued.
    expect(await db.import.count({ where: { createdById: { in: refused } } })).toBe(0);
    expect(await spendOn(w.contract.id)).toHaveLength(0);
  });
});
