// The CLI that creates a deployment's first administrator, run as an administrator would run it.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { createDepartment } from "@/tests/factories";

const run = (args: string[], password?: string) =>
  promisify(execFile)("node_modules/.bin/tsx", ["scripts/user-create.ts", ...args], {
    env: { ...process.env, PARTNERSCOPE_PASSWORD: password },
  });

describe("npm run user:create", () => {
  it("creates an administrator with a hashed password and an audit event", async () => {
    const email = `admin-${randomUUID()}@dept.example`;
    const { stdout } = await run(
      ["--role", "admin", "--email", email, "--name", "First Admin"],
      "correct horse battery staple",
    );
    expect(stdout).toContain(`Created admin ${email}`);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("ADMIN");
    expect(user.passwordHash).not.toContain("correct horse");
    expect(await verifyPassword(user.passwordHash, "correct horse battery staple")).toBe(true);
    const audit = await db.auditEvent.findFirst({ where: { entityType: "User", entityId: user.id } });
    expect(audit?.action).toBe("user.create.cli");
  });

  it("generates and prints a password when none is given", async () => {
    const email = `auditor-${randomUUID()}@dept.example`;
    const { stdout } = await run(["--role", "auditor", "--email", email, "--name", "An Auditor", "--all-departments"]);
    const password = stdout.match(/Password \(shown once; change it after signing in\): (\S+)/)?.[1];
    expect(password).toBeDefined();
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.auditorAllDepartments).toBe(true);
    expect(await verifyPassword(user.passwordHash, password!)).toBe(true);
  });

  it("puts a commercial lead in their department", async () => {
    const department = await createDepartment();
    const email = `lead-${randomUUID()}@dept.example`;
    await run(
      ["--role", "commercial-lead", "--email", email, "--name", "A Lead", "--department", department.name],
      "a long enough password",
    );
    expect((await db.user.findUniqueOrThrow({ where: { email } })).departmentId).toBe(department.id);
  });

  it("refuses a weak password, naming the field, and creates nothing", async () => {
    const email = `weak-${randomUUID()}@dept.example`;
    const failure = await run(["--role", "admin", "--email", email, "--name", "Weak"], "short").catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain("--password: Password must be at least 12 characters");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuses a commercial lead without a department", async () => {
    const failure = await run(
      ["--role", "COMMERCIAL_LEAD", "--email", `x-${randomUUID()}@d.example`, "--name", "X"],
      "a long enough password",
    ).catch((e: { stderr: string }) => e);
    expect((failure as { stderr: string }).stderr).toContain("--departmentName: A commercial lead needs a department");
  });
});
