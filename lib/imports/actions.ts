"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { learnIdentifiers } from "@/lib/suppliers/learn-identifiers";
import { getImport } from "./queries";
import { requireCan } from "@/lib/access/caller";
import { visibleDepartments } from "@/lib/access/departments";
import { CreateSupplierFromNameSchema, LinkSupplierSchema, UploadOcdsSchema, UploadSpendSchema } from "./schema";
import { queueOcdsImport, queueSpendImport, webStream } from "./queue-import";
import { formatOfFileName } from "./spend-readers";
import { listUnmatchedNames } from "./supplier-matching";
import { finishSpendImport } from "./write-spend";
import { guardDatabase } from "@/lib/actions/database";
import { rememberNotice } from "@/lib/flash/remember-notice";
import type { Notice } from "@/lib/flash/notices";

/**
 * Records the Import with its file (stored in the database, so any worker can read it) and queues its
 * job: the person is taken to the import's page at once and watches its progress there.
 */
export async function uploadSpendFile(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("importSpend");
    const parsed = await UploadSpendSchema.safeParseAsync(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    // An administrator names the department; a lead's upload is for their own, whatever the form says.
    const departments = visibleDepartments(caller);
    const departmentId = departments === "ALL" ? parsed.data.departmentId : departments[0];
    if (!departmentId)
      return failure("Choose the department whose spend this is", {
        departmentId: ["Choose the department whose spend this is"],
      });
    const department = await db.department.findUnique({ where: { id: departmentId }, select: { id: true } });
    if (!department)
      return failure("That department does not exist", { departmentId: ["That department does not exist"] });

    const { file } = parsed.data;
    const record = await queueSpendImport(db, {
      fileName: file.name,
      format: formatOfFileName(file.name)!,
      departmentId,
      body: webStream(file.stream()),
      actor: { id: caller.id, email: caller.email },
    });
    revalidatePath("/imports");
    redirect(`/imports/${record.id}`);
  });
}

/** An OCDS release package (administrators: it may create departments and contracts anywhere). */
export async function uploadOcdsPackage(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("importOcds");
    const parsed = await UploadOcdsSchema.safeParseAsync(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const file = parsed.data.ocdsFile;
    const record = await queueOcdsImport(db, {
      fileName: file.name,
      body: webStream(file.stream()),
      actor: { id: caller.id, email: caller.email },
    });
    revalidatePath("/imports");
    redirect(`/imports/${record.id}`);
  });
}

/** Links a name from the file to a registered supplier; the alias (and its number) make later files match too. */
export async function linkUnmatchedSupplier(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("importSpend");
    const parsed = LinkSupplierSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { importId, supplierKey, companiesHouseNumber, supplierId } = parsed.data;
    const name = await awaitingName(importId, supplierKey, companiesHouseNumber);
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
        actor: caller,
        action: "supplier.alias.link",
        entityType: "SupplierAlias",
        entityId: alias.id,
        departmentId: name.departmentId,
        after: { rawName: name.supplierName, supplierId, supplier: supplier.legalName, importId },
      });
      // The person said this name with this number is that supplier: the number is its too.
      if (name.companiesHouseNumber) {
        await learnIdentifiers(tx, supplierId, [{ scheme: "GB-COH", identifier: name.companiesHouseNumber }], {
          source: "match",
          actor: caller,
          departmentId: name.departmentId,
          context: { importId, supplierName: name.supplierName },
        });
      }
    });
    return finishAndShow(importId, caller, "supplier-matched");
  });
}

/** Registers the name as a new supplier (with its Companies House number when the file gave one). */
export async function createSupplierFromName(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("importSpend");
    const parsed = CreateSupplierFromNameSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { importId, supplierKey, companiesHouseNumber, legalName } = parsed.data;
    const name = await awaitingName(importId, supplierKey, companiesHouseNumber);
    if (!name) return failure("This name is no longer waiting to be matched. Reload the page.");
    const number = name.companiesHouseNumber;
    const taken = number
      ? await db.supplierIdentifier.findUnique({
          where: { scheme_identifier: { scheme: "GB-COH", identifier: number } },
          select: { id: true },
        })
      : null;

    await db.$transaction(async (tx) => {
      const supplier = await tx.supplier.create({
        data: {
          legalName,
          normalisedName: normaliseSupplierName(legalName),
          companiesHouseNumber: taken ? null : number,
        },
      });
      await tx.supplierAlias.upsert({
        where: { normalisedName: supplierKey },
        create: { supplierId: supplier.id, normalisedName: supplierKey, rawName: name.supplierName },
        update: { supplierId: supplier.id, rawName: name.supplierName },
      });
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.create",
        entityType: "Supplier",
        entityId: supplier.id,
        departmentId: name.departmentId,
        after: {
          legalName,
          companiesHouseNumber: supplier.companiesHouseNumber,
          fromImport: importId,
          rawName: name.supplierName,
        },
      });
    });
    return finishAndShow(importId, caller, "supplier-added-from-import");
  });
}

// The import must be in the caller's scope and still waiting for this very name.
async function awaitingName(importId: string, supplierKey: string, companiesHouseNumber: string | null) {
  const record = await getImport(importId);
  if (!record || record.status !== "AWAITING_MATCHES" || !record.departmentId) return null;
  const names = await listUnmatchedNames(db, importId);
  const name = names.find((n) => n.supplierKey === supplierKey && n.companiesHouseNumber === companiesHouseNumber);
  return name ? { ...name, departmentId: record.departmentId } : null;
}

async function finishAndShow(
  importId: string,
  caller: { id: string; email: string },
  notice: Notice,
): Promise<ActionState> {
  await finishSpendImport(db, importId, { id: caller.id, email: caller.email });
  await rememberNotice(notice);
  revalidatePath(`/imports/${importId}`);
  revalidatePath("/imports");
  redirect(`/imports/${importId}`);
}
