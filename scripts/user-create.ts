// Creates a user from the command line: how a real deployment gets its first administrator.
//   npm run user:create -- --role ADMIN --email a@dept.gov.uk --name "A Person"
// The password comes from PARTNERSCOPE_PASSWORD, or is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { recordAudit } from "../lib/audit/record";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/prisma-client";
import { CreateUserSchema } from "../lib/users/schema";
import { DatabaseEnvShape, readEnv } from "../lib/env";

async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      department: { type: "string" },
      supplier: { type: "string" },
      "all-departments": { type: "boolean", default: false },
    },
  });
  const generated = !process.env.PARTNERSCOPE_PASSWORD;
  const parsed = CreateUserSchema.safeParse({
    email: values.email,
    name: values.name,
    role: values.role?.toUpperCase().replace(/[- ]/g, "_"),
    password: process.env.PARTNERSCOPE_PASSWORD ?? randomBytes(18).toString("base64url"),
    departmentName: values.department,
    supplierName: values.supplier,
    auditorAllDepartments: values["all-departments"],
  });
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      console.error(`--${field}: ${(messages as string[]).join("; ")}`);
    }
    process.exitCode = 2;
    return;
  }
  const input = parsed.data;
  const url = readEnv({ DATABASE_URL: DatabaseEnvShape.DATABASE_URL.optional() }).DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to create the user in");
  const db = createPrismaClient({ url, poolMax: 1 });
  try {
    const department = input.departmentName
      ? await db.department.findUnique({ where: { name: input.departmentName } })
      : null;
    if (input.departmentName && !department) throw new Error(`No department named "${input.departmentName}"`);
    const supplier = input.supplierName
      ? await db.supplier.findFirst({ where: { legalName: input.supplierName } })
      : null;
    if (input.supplierName && !supplier) throw new Error(`No supplier named "${input.supplierName}"`);
    if (await db.user.findUnique({ where: { email: input.email } }))
      throw new Error(`A user with email ${input.email} already exists`);
    const passwordHash = await hashPassword(input.password);
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          passwordHash,
          departmentId: input.role === "COMMERCIAL_LEAD" ? department?.id : undefined,
          supplierId: input.role === "SUPPLIER_USER" ? supplier?.id : undefined,
          auditorAllDepartments: input.role === "AUDITOR" && input.auditorAllDepartments,
        },
      });
      await recordAudit(tx, {
        actor: null,
        action: "user.create.cli",
        entityType: "User",
        entityId: created.id,
        departmentId: created.departmentId,
        after: {
          email: created.email,
          name: created.name,
          role: created.role,
          departmentId: created.departmentId,
          supplierId: created.supplierId,
        },
      });
      return created;
    });
    console.log(`Created ${user.role.toLowerCase()} ${user.email}`);
    if (generated) console.log(`Password (shown once; change it after signing in): ${input.password}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
