// The jobs on the real worker tests/global-setup.ts starts: retries then a final failure that leaves
// the import FAILED with a reason and nothing behind; the sweeper; the nightly roll-up check.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { queueSpendImport } from "@/lib/imports/queue-import";
import { sharedStringsBomb } from "@/tests/fixtures/xlsx-bombs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshSpendAggregates } from "@/lib/insight/refresh";
import { rollUpDifferences } from "@/lib/insight/roll-up-check";
import { spendImportJob } from "@/lib/jobs/definitions/spend-import";
import { sendJob } from "@/lib/jobs/send";
import { idle } from "@/lib/actions/state";
import { retryFailedJob } from "@/lib/jobs/actions";
import { expectForbidden, form } from "@/tests/actions";
import { actAs } from "@/tests/auth";
import { createDepartment, createSpend, createSupplier, createUser } from "@/tests/factories";
import { jobsDone } from "@/tests/jobs";

describe("a spend import job that cannot succeed", () => {
  it("is tried three times, then the import is FAILED with a reason a person understands, with no staged rows left (the upload kept for a retry)", async () => {
    // No department: every attempt fails the same way.
    const jobId = randomUUID();
    const record = await db.import.create({
      data: { kind: "SPEND_CSV", fileName: "spend.csv", fileSha256: "x", status: "QUEUED", jobId },
    });
    await db.importUpload.create({
      data: { importId: record.id, part: 0, bytes: new Uint8Array(Buffer.from("a,b\n")) },
    });
    await db.stagedSpendRow.create({
      data: {
        importId: record.id,
        rowNumber: 2,
        paidOn: new Date("2024-04-01"),
        amount: "1.00",
        supplierName: "A",
        supplierKey: "a",
        baseFingerprint: "f",
      },
    });
    await sendJob(spendImportJob, { importId: record.id, actor: null }, { id: jobId });
    await jobsDone("spend-import");
    await jobsDone("spend-import-failed");

    const failed = await db.import.findUniqueOrThrow({ where: { id: record.id } });
    expect(failed.status).toBe("FAILED");
    expect(failed.failureReason).toBe(
      `The import could not be finished: an unexpected error (Import ${record.id} has no department). It was tried 3 times. Nothing was written. An administrator can retry it from the jobs page today; otherwise upload the file again.`,
    );
    expect(await db.stagedSpendRow.count({ where: { importId: record.id } })).toBe(0);
    expect(await db.importUpload.count({ where: { importId: record.id } })).toBe(1);
    const [job] = await db.$queryRaw<
      { state: string; retry_count: number }[]
    >`SELECT state::text, retry_count FROM pgboss.job WHERE id = ${jobId}::uuid`;
    expect(job).toEqual({ state: "failed", retry_count: 2 });

    // An administrator retries it from the jobs page: queued again, with an audit event; a lead may not.
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: (await createDepartment()).id }));
    await expectForbidden(retryFailedJob(idle, form({ jobId })));
    const admin = await createUser("ADMIN");
    actAs(admin);
    expect(await retryFailedJob(idle, form({ jobId }))).toEqual({
      status: "success",
      message: "Spend import queued again.",
    });
    const [again] = await db.$queryRaw<
      { state: string }[]
    >`SELECT state::text FROM pgboss.job WHERE id = ${jobId}::uuid`;
    expect(again?.state).not.toBe("failed");
    expect(
      await db.auditEvent.findFirst({
        where: { action: "job.retry", entityId: jobId },
        select: { actorId: true, after: true },
      }),
    ).toEqual({
      actorId: admin.id,
      after: { job: "spend-import", importId: record.id },
    });
    // A second click finds it no longer failed.
    expect(await retryFailedJob(idle, form({ jobId }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(/^This job is no longer failed/),
    });
    await jobsDone("spend-import");
    await jobsDone("spend-import-failed");
    expect(await db.import.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({ status: "FAILED" });
  }, 300_000);

  it("does nothing for an import that already ended (a repeated or retried job)", async () => {
    const jobId = randomUUID();
    const record = await db.import.create({
      data: { kind: "SPEND_CSV", fileName: "spend.csv", fileSha256: "x", status: "COMPLETED", rowsWritten: 7, jobId },
    });
    await sendJob(spendImportJob, { importId: record.id, actor: null }, { id: jobId });
    await jobsDone("spend-import");
    expect(await db.import.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
      status: "COMPLETED",
      rowsWritten: 7,
    });
    const [job] = await db.$queryRaw<
      { state: string; output: unknown }[]
    >`SELECT state::text, output FROM pgboss.job WHERE id = ${jobId}::uuid`;
    expect(job).toEqual({ state: "completed", output: { status: "COMPLETED" } });
  }, 200_000);
});

describe("a workbook bomb uploaded as a spend file", () => {
  it("is refused by its job with a message naming the limit, and nothing is left", async () => {
    const department = await createDepartment();
    const admin = await createUser("ADMIN");
    const file = sharedStringsBomb(2_100_000);
    const record = await queueSpendImport(db, {
      fileName: "bomb.xlsx",
      format: "xlsx",
      departmentId: department.id,
      body: createReadStream(file),
      actor: { id: admin.id, email: admin.email },
    });
    await jobsDone("spend-import");
    const done = await db.import.findUniqueOrThrow({ where: { id: record.id } });
    expect(done.status).toBe("REJECTED");
    expect(done.errors).toEqual([
      {
        row: 0,
        column: "",
        value: "",
        message: "The workbook holds more than 2,000,000 shared strings (the XLSX shared strings limit)",
      },
    ]);
    expect(await db.importUpload.count({ where: { importId: record.id } })).toBe(0);
    expect(await db.stagedSpendRow.count({ where: { importId: record.id } })).toBe(0);
  }, 200_000);
});

describe("the sweeper", () => {
  it("removes staged rows and stored uploads of imports that ended, and leaves those of running imports", async () => {
    const ended = await db.import.create({
      data: { kind: "SPEND_CSV", fileName: "a.csv", fileSha256: "x", status: "REJECTED" },
    });
    const running = await db.import.create({
      data: { kind: "SPEND_CSV", fileName: "b.csv", fileSha256: "x", status: "PARSING", jobId: randomUUID() },
    });
    for (const importId of [ended.id, running.id]) {
      await db.importUpload.create({ data: { importId, part: 0, bytes: new Uint8Array(Buffer.from("a,b\n")) } });
      await db.stagedSpendRow.create({
        data: {
          importId,
          rowNumber: 2,
          paidOn: new Date("2024-04-01"),
          amount: "1.00",
          supplierName: "A",
          supplierKey: "a",
          baseFingerprint: "f",
        },
      });
    }
    await sendJob((await import("@/lib/jobs/definitions/sweep")).sweepJob, {});
    await jobsDone("sweep");
    expect(await db.stagedSpendRow.count({ where: { importId: ended.id } })).toBe(0);
    expect(await db.importUpload.count({ where: { importId: ended.id } })).toBe(0);
    expect(await db.stagedSpendRow.count({ where: { importId: running.id } })).toBe(1);
    expect(await db.importUpload.count({ where: { importId: running.id } })).toBe(1);
  }, 200_000);
});

describe("the nightly roll-up check", () => {
  it("finds no difference after a rebuild, and names the table when a stored figure is wrong", async () => {
    const department = await createDepartment();
    const supplier = await createSupplier();
    await createSpend(department.id, supplier.id, "2024-05-03", "26000.00");
    await createSpend(department.id, supplier.id, "2024-05-09", "-1000.25");
    await createSpend(department.id, supplier.id, "2024-06-01", "30000.00");
    await refreshSpendAggregates(db, { departmentIds: [department.id] });
    expect(await rollUpDifferences(db, [department.id])).toEqual([]);

    await db.$executeRaw`UPDATE "SpendMonthly" SET amount = amount + 0.01 WHERE "departmentId" = ${department.id} AND month = '2024-05-01'`;
    expect(await rollUpDifferences(db, [department.id])).toEqual([{ table: "SpendMonthly", keys: 1 }]);
  });
});
