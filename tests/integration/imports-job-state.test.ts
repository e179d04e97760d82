// Whether a running import still has a job to finish it (the import page says it was lost when none is left).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importHasLiveJob } from "@/lib/imports/import-job";
import { createBoss } from "@/lib/jobs/queue";
import { spendImportJob } from "@/lib/jobs/definitions/spend-import";
import { actAs } from "@/tests/auth";
import { createDepartment, createUser } from "@/tests/factories";

// A sender of the test's own, to queue a job an hour ahead (state "created": the worker leaves it alone).
const boss = createBoss(process.env.DATABASE_URL!, "sender");
const started = boss.start();
afterAll(async () => {
  await started;
  await boss.stop({ graceful: false });
});

async function runningImport(departmentId: string, status: "QUEUED" | "PARSING" | "COMPLETED" = "QUEUED") {
  return db.import.create({
    data: { kind: "SPEND_CSV", fileName: "job-state.csv", fileSha256: "", departmentId, status, jobId: randomUUID() },
  });
}

describe("importHasLiveJob", () => {
  it("is false for a running import whose job the queue never had, true once the job is queued", async () => {
    const department = await createDepartment();
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    const lost = await runningImport(department.id);
    expect(await importHasLiveJob(lost.id)).toBe(false);

    const queued = await runningImport(department.id, "PARSING");
    await started;
    await boss.send(spendImportJob.name, { importId: queued.id, actor: null }, { id: queued.jobId!, startAfter: 3600 });
    expect(await importHasLiveJob(queued.id)).toBe(true);
    await boss.cancel(spendImportJob.name, queued.jobId!);
    expect(await importHasLiveJob(queued.id)).toBe(false);
  });

  it("has nothing to say of an ended import, one run without the queue, or one outside the caller's scope", async () => {
    const department = await createDepartment();
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    expect(await importHasLiveJob((await runningImport(department.id, "COMPLETED")).id)).toBeNull();
    const commandLine = await db.import.create({
      data: { kind: "SPEND_CSV", fileName: "cli.csv", fileSha256: "", departmentId: department.id, status: "PARSING" },
    });
    expect(await importHasLiveJob(commandLine.id)).toBeNull();
    const elsewhere = await runningImport((await createDepartment()).id);
    expect(await importHasLiveJob(elsewhere.id)).toBeNull();
  });
});
