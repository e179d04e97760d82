"use server";

import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { normaliseSupplierName, COMPANIES_HOUSE_NUMBER } from "@/lib/suppliers/normalise-name";
import { getImport, requireImporter } from "./queries";
import { requireRole } from "@/lib/auth/caller";
import { importOcdsPackage } from "@/lib/ocds/import-package";
import { CreateSupplierFromNameSchema, LinkSupplierSchema, UploadOcdsSchema, UploadSpendSchema } from "./schema";
import { createSpendImport, runSpendImport } from "./spend-import";
import { formatOfFileName } from "./spend-readers";
import { listUnmatchedNames } from "./supplier-matching";
import { finishSpendImport } from "./write-spend";
import { guardDatabase } from "@/lib/actions/database";

/**
 * Saves the upload, records the Import and runs it in the background: the person is taken to the
 * import's page at once and watches its progress there (or leaves and comes back).
 */
export async function uploadSpendFile(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireImporter();
    const parsed = await UploadSpendSchema.safeParseAsync(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const departmentId = caller.role === "ADMIN" ? parsed.data.departmentId : caller.departmentId;
    if (!departmentId) return failure("Choose the department whose spend this is", { departmentId: ["Choose the department whose spend this is"] });
    const department = await db.department.findUnique({ where: { id: departmentId }, select: { id: true } });
    if (!department) return failure("That department does not exist", { departmentId: ["That department does not exist"] });

    const { file } = parsed.data;
    const format = formatOfFileName(file.name)!;
    const dir = path.join(tmpdir(), "partnerscope-imports");
    await mkdir(dir, { recursive: true });
    const saved = path.join(dir, `${randomUUID()}.${format}`);
    await pipeline(Readable.fromWeb(file.stream() as WebReadableStream<Uint8Array>), createWriteStream(saved));
    const record = await createSpendImport(db, { path: saved, fileName: file.name, format, departmentId, createdById: caller.id });

    const actor = { id: caller.id, email: caller.email };
    void runSpendImport({ prisma: db, databaseUrl: env.DATABASE_URL, importId: record.id, departmentId, path: saved, format, actor })
      .catch((error: unknown) =>
        db.import.update({
          where: { id: record.id },
          data: { status: "REJECTED", errors: [{ row: 0, column: "", value: "", message: `The import failed: ${String(error)}` }] },
        }),
      )
      .finally(() => unlink(saved).catch(() => undefined));

    revalidatePath("/imports");
    redirect(`/imports/${record.id}`);
  });
}

/** An OCDS release package (administrators: it may create departments and contracts anywhere). */
export async function uploadOcdsPackage(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireRole("ADMIN");
    const parsed = await UploadOcdsSchema.safeParseAsync(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const result = await importOcdsPackage(db, {
      text: await parsed.data.ocdsFile.text(),
      fileName: parsed.data.ocdsFile.name,
      actor: { id: caller.id, email: caller.email },
      createdById: caller.id,
    });
    revalidatePath("/imports");
    redirect(`/imports/${result.importId}`);
  });
}

/** Links a name from the file to a registered supplier; the alias makes later files match too. */
export async function linkUnmatchedSupplier(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireImporter();
    const parsed = LinkSupplierSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { importId, supplierKey, supplierId } = parsed.data;
    const name = await awaitingName(importId, supplierKey);
    if (!name) return failure("This name is no longer waiting to be matched. Reload the page.");
    const supplier = await db.supplier.findUnique({ where: { id: supplierId }, select: { id: true, legalName: true } });
    if (!supplier) return failure("That supplier does not exist", { supplierId: ["That supplier does not exist"] });

    await db.$transaction(async (tx) => {
      const alias = await tx.supplierAlias.upsert({
        where: { normalisedName: supplierKey },
        create: { supplierId, normalisedName: supplierKey, rawName: name.supplierName },
        update: { supplierId, rawName: name.supplierName },
      });
      await recordAudit(tx, {
        actor: caller, action: "supplier.alias.link", entityType: "SupplierAlias", entityId: alias.id,
        departmentId: name.departmentId, after: { rawName: name.supplierName, supplierId, supplier: supplier.legalName, importId },
      });
    });
    return finishAndShow(importId, caller);
  });
}

/** Registers the name as a new supplier (with its Companies House number when the file gave one). */
export async function createSupplierFromName(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireImporter();
    const parsed = CreateSupplierFromNameSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { importId, supplierKey, legalName } = parsed.data;
    const name = await awaitingName(importId, supplierKey);
    if (!name) return failure("This name is no longer waiting to be matched. Reload the page.");
    const number = name.companiesHouseNumber && COMPANIES_HOUSE_NUMBER.test(name.companiesHouseNumber) ? name.companiesHouseNumber : null;
    const taken = number ? await db.supplier.findUnique({ where: { companiesHouseNumber: number }, select: { id: true } }) : null;

    await db.$transaction(async (tx) => {
      const supplier = await tx.supplier.create({
        data: { legalName, normalisedName: normaliseSupplierName(legalName), companiesHouseNumber: taken ? null : number },
      });
      await tx.supplierAlias.upsert({
        where: { normalisedName: supplierKey },
        create: { supplierId: supplier.id, normalisedName: supplierKey, rawName: name.supplierName },
        update: { supplierId: supplier.id, rawName: name.supplierName },
      });
      await recordAudit(tx, {
        actor: caller, action: "supplier.create", entityType: "Supplier", entityId: supplier.id,
        departmentId: name.departmentId, after: { legalName, companiesHouseNumber: supplier.companiesHouseNumber, fromImport: importId, rawName: name.supplierName },
      });
    });
    return finishAndShow(importId, caller);
  });
}

// The import must be in the caller's scope and still waiting for this very name.
async function awaitingName(importId: string, supplierKey: string) {
  const record = await getImport(importId);
  if (!record || record.status !== "AWAITING_MATCHES" || !record.departmentId) return null;
  const names = await listUnmatchedNames(db, importId);
  const name = names.find((n) => n.supplierKey === supplierKey);
  return name ? { ...name, departmentId: record.departmentId } : null;
}

async function finishAndShow(importId: string, caller: { id: string; email: string }): Promise<ActionState> {
  await finishSpendImport(db, importId, { id: caller.id, email: caller.email });
  revalidatePath(`/imports/${importId}`);
  revalidatePath("/imports");
  redirect(`/imports/${importId}`);
}
