// An uploaded supply-chain return's job, on the shared worker (tests/global-setup.ts) and as further
// attempts run here (as other workers would): written once with its audit event, or not at all.
import { randomUUID } from "node:crypto";
import type { User } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { supplyChainReturnJob } from "@/lib/jobs/definitions/supply-chain-return";
import { sendJob } from "@/lib/jobs/send";
import { getSupplyChainReturn } from "@/lib/supply-chain/queries";
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
import { attemptContext, jobsDone } from "@/tests/jobs";
import { returnCsv, uploadReturn } from "@/tests/returns";

async function partnership() {
  const department = await createDepartment();
  const lead = await createSupplier();
  const sme = await createSupplier({ companiesHouseNumber: companiesHouseNumber() });
  const contract = await createContract(department.id, lead.id, { reference: `JOB-${lead.id}` });
  await addMember(contract.id, sme.id, { joinedOn: new Date("2024-01-01") });
  await createSpend(department.id, lead.id, "2024-03-15", "50000.00", { contractId: contract.id });
  const user = await createUser("SUPPLIER_USER", { supplierId: lead.id });
  actAs(user);
  return {
    department,
    lead,
    sme,
    contract,
    user,
    line: `${contract.reference},2024-03,${sme.companiesHouseNumber},1250.50`,
  };
}

/** An upload as the action leaves it (QUEUED, holding its file), with no job sent yet. */
async function storedUpload(user: User, text: string) {
  const jobId = randomUUID();
  const record = await db.import.create({
    data: {
      kind: "SUPPLY_CHAIN_RETURN",
      fileName: "return.csv",
      fileSha256: "x",
      status: "QUEUED",
      createdById: user.id,
      jobId,
    },
  });
  await db.importUpload.create({ data: { importId: record.id, part: 0, bytes: new Uint8Array(Buffer.from(text)) } });
  return { importId: record.id, jobId };
}

const jobData = (importId: string, user: User, supplierId: string) => ({
  importId,
  actor: { id: user.id, email: user.email },
  supplierId,
});

const written = (importId: string) => db.spendTransaction.count({ where: { importId } });
const submitted = (importId: string) =>
  db.auditEvent.count({ where: { entityId: importId, action: "supply-chain-return.submit" } });
const jobRow = async (jobId: string) =>
  (
    await db.$queryRaw<{ state: string; retry_count: number; output: unknown }[]>`
      SELECT state::text, retry_count, output FROM pgboss.job WHERE id = ${jobId}::uuid`
  )[0];

describe("the supply-chain return job", () => {
  it("records a good CSV once, with its audit event, and lets go of the stored file", async () => {
    const w = await partnership();
    const record = await uploadReturn(returnCsv([w.line]));
    expect(record).toMatchObject({ status: "COMPLETED", rowsRead: 1, rowsWritten: 1, duplicatesSkipped: 0 });
    expect(record.totalAmount.toFixed(2)).toBe("1250.50");
    const spend = await db.spendTransaction.findMany({ where: { importId: record.id } });
    expect(spend.map((s) => [s.kind, s.payerSupplierId, s.payeeSupplierId, s.amount.toFixed(2)])).toEqual([
      ["INDIRECT", w.lead.id, w.sme.id, "1250.50"],
    ]);
    const audit = await db.auditEvent.findMany({ where: { entityId: record.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "supply-chain-return.submit",
      actorId: w.user.id,
      departmentId: w.department.id,
      after: { fileName: "return.csv", rowsRead: 1, rowsWritten: 1, duplicatesSkipped: 0 },
    });
    expect(await db.importUpload.count({ where: { importId: record.id } })).toBe(0);
    expect(await jobRow(record.jobId!)).toEqual({
      state: "completed",
      retry_count: 0,
      output: { status: "COMPLETED", rowsWritten: 1, duplicatesSkipped: 0, totalAmount: "1250.50" },
    });
  });

  it("writes nothing for a file with a bad row, and says which row and field", async () => {
    const w = await partnership();
    const record = await uploadReturn(
      returnCsv([w.line, `${w.contract.reference},2024-03,${w.sme.companiesHouseNumber},-5`]),
    );
    expect(record).toMatchObject({ status: "REJECTED", rowsRead: 2, rowsWritten: 0 });
    expect(record.problems).toEqual([
      {
        row: 3,
        column: "amount",
        value: "-5",
        message: 'amount "-5" must be a positive sum in pounds with at most 2 decimal places',
      },
    ]);
    expect(await written(record.id)).toBe(0);
    expect(await db.spendTransaction.count({ where: { contractId: w.contract.id, kind: "INDIRECT" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: record.id } })).toBe(0);
    expect(await db.importUpload.count({ where: { importId: record.id } })).toBe(0);
    // The file's fault, not the job's: it is not tried again.
    expect(await jobRow(record.jobId!)).toMatchObject({ state: "completed", retry_count: 0 });
  });

  it("writes nothing twice: an attempt whose worker died after writing, a retry, and attempts at once", async () => {
    const w = await partnership();
    const { importId, jobId } = await storedUpload(w.user, `contract,month,member,amount\n${w.line}`);
    const data = jobData(importId, w.user, w.lead.id);
    // The first attempt writes the return (its worker then stops before the queue hears it finished) ...
    expect(await supplyChainReturnJob.handle(data, attemptContext())).toMatchObject({ status: "COMPLETED" });
    // ... so the queue tries the job again, and two more workers take it up at the same moment.
    await sendJob(supplyChainReturnJob, data, { id: jobId });
    const again = await Promise.all([
      supplyChainReturnJob.handle(data, attemptContext({ retryCount: 1 })),
      supplyChainReturnJob.handle(data, attemptContext({ retryCount: 1 })),
    ]);
    await jobsDone("supply-chain-return");
    expect(again).toEqual([{ status: "COMPLETED" }, { status: "COMPLETED" }]);
    expect(await jobRow(jobId)).toMatchObject({ state: "completed", output: { status: "COMPLETED" } });
    expect(await written(importId)).toBe(1);
    expect(await submitted(importId)).toBe(1);
    expect(await db.spendTransaction.count({ where: { contractId: w.contract.id, kind: "INDIRECT" } })).toBe(1);
    expect(await db.import.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      status: "COMPLETED",
      rowsWritten: 1,
    });
  });

  it("after an attempt that failed, the retry writes the return once", async () => {
    const w = await partnership();
    const { importId, jobId } = await storedUpload(w.user, `contract,month,member,amount\n${w.line}`);
    const data = jobData(importId, w.user, w.lead.id);
    // The database stops answering as the attempt starts its write: it is rolled back, the upload kept.
    const stopped = new Proxy(db, {
      get: (target, key) =>
        key === "$transaction"
          ? () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"))
          : Reflect.get(target, key),
    });
    await expect(supplyChainReturnJob.handle(data, attemptContext({ prisma: stopped }))).rejects.toThrow(
      /ECONNREFUSED/,
    );
    expect(await db.import.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      status: "QUEUED",
      failureReason:
        "Attempt 1 stopped: the database stopped answering while the job ran. It will be tried again shortly.",
    });
    expect(await written(importId)).toBe(0);
    expect(await db.importUpload.count({ where: { importId } })).toBe(1);

    await sendJob(supplyChainReturnJob, data, { id: jobId });
    await jobsDone("supply-chain-return");
    expect(await db.import.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      status: "COMPLETED",
      rowsWritten: 1,
      failureReason: null,
    });
    expect(await written(importId)).toBe(1);
    expect(await submitted(importId)).toBe(1);
  });

  it("when its retries are used up, leaves the upload FAILED with the reason, and its file for an administrator's retry", async () => {
    const w = await partnership();
    const { importId } = await storedUpload(w.user, `contract,month,member,amount\n${w.line}`);
    const reason =
      "The import could not be finished: the database stopped answering while the job ran. It was tried 3 times. Nothing was written. An administrator can retry it from the jobs page today; otherwise upload the file again.";
    await supplyChainReturnJob.onFinalFailure!(jobData(importId, w.user, w.lead.id), reason, attemptContext());
    expect(await db.import.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      status: "FAILED",
      failureReason: reason,
    });
    expect(await db.importUpload.count({ where: { importId } })).toBe(1);
    expect(await written(importId)).toBe(0);
  });
});

describe("the supply-chain return job checks the uploader again", () => {
  it("writes nothing when the uploader has moved to another organisation since, and says why", async () => {
    const w = await partnership();
    const { importId, jobId } = await storedUpload(w.user, `contract,month,member,amount\n${w.line}`);
    await db.user.update({ where: { id: w.user.id }, data: { supplierId: (await createSupplier()).id } });
    await sendJob(supplyChainReturnJob, jobData(importId, w.user, w.lead.id), { id: jobId });
    await jobsDone("supply-chain-return");
    expect(await db.import.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      status: "FAILED",
      failureReason:
        "The account that uploaded this return no longer files returns for this organisation, so the return was not saved. Nothing was written.",
    });
    expect(await written(importId)).toBe(0);
    expect(await db.importUpload.count({ where: { importId } })).toBe(0);
  });

  it("writes nothing when the uploader's account was closed, or the job names someone else", async () => {
    const w = await partnership();
    const closed = await storedUpload(w.user, `contract,month,member,amount\n${w.line}`);
    const colleague = await createUser("SUPPLIER_USER", { supplierId: w.lead.id });
    const forged = await storedUpload(w.user, `contract,month,member,amount\n${w.line}`);
    await db.user.update({ where: { id: w.user.id }, data: { disabledAt: new Date() } });
    await supplyChainReturnJob.handle(jobData(closed.importId, w.user, w.lead.id), attemptContext());
    await supplyChainReturnJob.handle(jobData(forged.importId, colleague, w.lead.id), attemptContext());
    expect(await db.import.findUniqueOrThrow({ where: { id: closed.importId } })).toMatchObject({
      status: "FAILED",
      failureReason: expect.stringMatching(/^The account that uploaded this return has been closed/),
    });
    expect(await db.import.findUniqueOrThrow({ where: { id: forged.importId } })).toMatchObject({
      status: "FAILED",
      failureReason: expect.stringMatching(/^This return was not uploaded by the account its job names/),
    });
    expect(await written(closed.importId)).toBe(0);
    expect(await written(forged.importId)).toBe(0);
  });
});

describe("an uploaded return's progress on the returns page", () => {
  it("is shown to the uploader's organisation only", async () => {
    const w = await partnership();
    const record = await uploadReturn(returnCsv([w.line]));
    actAs(await createUser("SUPPLIER_USER", { supplierId: w.lead.id }));
    expect(await getSupplyChainReturn(record.id)).toMatchObject({ status: "COMPLETED", rowsWritten: 1 });
    actAs(await createUser("SUPPLIER_USER", { supplierId: w.sme.id }));
    expect(await getSupplyChainReturn(record.id)).toBeNull();
  });
});
