import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/(app)/imports/upload/route";
import { db } from "@/lib/db";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/schema";
import { actAs } from "@/tests/auth";
import { expectForbidden } from "@/tests/actions";
import { createDepartment, createUser } from "@/tests/factories";
import { generatedCsv, runTag } from "@/tests/fixtures/spend-files";

function post(kind: string, fields: Record<string, string>, file: { field: string; name: string; bytes: Blob }) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  data.append(file.field, new File([file.bytes], file.name, { type: "text/csv" }));
  return POST(new Request(`http://localhost/imports/upload?kind=${kind}`, { method: "POST", body: data }));
}

async function settled(id: string) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
    const record = await db.import.findUniqueOrThrow({ where: { id } });
    if (!["QUEUED", "PARSING", "WRITING"].includes(record.status)) return record;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("import did not settle");
}

describe("the upload route", () => {
  it("streams a lead's spend file to the store for their own department, queues it, audits and answers 303", async () => {
    const department = await createDepartment();
    const other = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    const { path } = generatedCsv(20, `Route${runTag()} Ltd`);
    actAs(lead);
    const response = await post(
      "spend",
      { departmentId: other.id },
      { field: "file", name: "spend.csv", bytes: new Blob([readFileSync(path)]) },
    );
    expect(response.status).toBe(303);
    const id = /^\/imports\/(.+)$/.exec(response.headers.get("location") ?? "")?.[1];
    expect(id).toBeTruthy();
    const record = await settled(id!);
    expect(record).toMatchObject({ departmentId: department.id, createdById: lead.id, fileName: "spend.csv" });
    expect(record.status).not.toBe("FAILED");
    expect(await db.auditEvent.count({ where: { action: "import.upload", entityId: id } })).toBe(1);
  });

  it("refuses a file over the upload limit with 413 and the limit's message, storing nothing", async () => {
    const department = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    actAs(lead);
    const before = await db.import.count({ where: { departmentId: department.id } });
    const big = new Blob([Buffer.alloc(MAX_UPLOAD_BYTES + 1024 * 1024, "a,b\n")]);
    const response = await post("spend", {}, { field: "file", name: "big.csv", bytes: big });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("over 100 MB, the upload limit");
    expect(await db.import.count({ where: { departmentId: department.id } })).toBe(before);
  });

  it("names the field that is wrong and stores nothing", async () => {
    const department = await createDepartment();
    const lead = await createUser("COMMERCIAL_LEAD", { departmentId: department.id });
    actAs(lead);
    const response = await post("spend", {}, { field: "file", name: "spend.xls", bytes: new Blob(["a"]) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('href="/imports#file"');
    expect(await db.import.count({ where: { departmentId: department.id } })).toBe(0);
  });

  it("refuses OCDS packages from anyone but an administrator", async () => {
    const department = await createDepartment();
    actAs(await createUser("COMMERCIAL_LEAD", { departmentId: department.id }));
    await expectForbidden(post("ocds", {}, { field: "ocdsFile", name: "p.json", bytes: new Blob(["{}"]) }));
  });
});
