"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { mergeSuppliers } from "@/lib/suppliers/merge";
import {
  MergeSuppliersSchema,
  VerifySizeDeclarationSchema,
  VerifySupplierIdentitySchema,
} from "@/lib/suppliers/schema";
import { refreshInsightSoon } from "@/lib/insight/refresh-soon";
import { saveSizeChange } from "@/lib/insight/refresh-size";
import { guardDatabase } from "@/lib/actions/database";
import { rememberNotice } from "@/lib/flash/remember-notice";

// Administrators' actions on supplier records: merging duplicates, and verifying what suppliers say of
// themselves. Suppliers' own: lib/suppliers/portal-actions.ts, lib/suppliers/registration-actions.ts.

/** An administrator merges a duplicate supplier into the one kept (the form's confirmation step posts here). */
export async function mergeDuplicateSupplier(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("verifyClaims");
    const parsed = MergeSuppliersSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const result = await mergeSuppliers(db, {
      keepId: parsed.data.keepId,
      removeId: parsed.data.removeId,
      actor: caller,
    });
    if (!result.ok) return failure(result.message);
    revalidatePath("/suppliers");
    revalidatePath("/insight");
    await rememberNotice("suppliers-merged");
    redirect(`/suppliers/${result.keptId}`);
  });
}

/** An administrator confirms who a self-registered supplier is (its name and identifiers checked). */
export async function verifySupplierIdentity(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("verifyClaims");
    const parsed = VerifySupplierIdentitySchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { supplierId } = parsed.data;
    const verified = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { id: string }[]
      >`UPDATE "Supplier" SET "identityVerifiedAt" = now(), "identityVerifiedById" = ${caller.id}, "updatedAt" = now()
        WHERE id = ${supplierId} AND "identityVerifiedAt" IS NULL RETURNING id`;
      if (rows.length === 0) return false;
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.identity.verify",
        entityType: "Supplier",
        entityId: supplierId,
        after: { verifiedBy: "administrator" },
      });
      return true;
    });
    if (!verified) return failure("This supplier does not exist or is already verified.");
    revalidatePath(`/suppliers/${supplierId}`);
    return { status: "success", message: "Identity verified." };
  });
}

/** An administrator verifies a supplier's own size declaration against its evidence. */
export async function verifySizeDeclaration(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("verifyClaims");
    const parsed = VerifySizeDeclarationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { declarationId } = parsed.data;
    const notFound = "This declaration does not exist or is already verified.";
    // Raw SQL reads the primary: whose declaration it is, so the save locks that supplier before the figures.
    const [declaration] = await db.$queryRaw<{ supplierId: string }[]>`
      SELECT "supplierId" FROM "SizeDeclaration" WHERE id = ${declarationId} AND "verifiedAt" IS NULL`;
    if (!declaration) return failure(notFound);
    const { supplierId } = declaration;
    // The dashboards' unverified part of SME share moves by this supplier's payments the declaration covers.
    const saved = await saveSizeChange(db, supplierId, async (tx) => {
      const rows = await tx.$executeRaw`UPDATE "SizeDeclaration" SET "verifiedAt" = now(), "verifiedById" = ${caller.id}
        WHERE id = ${declarationId} AND "supplierId" = ${supplierId} AND "verifiedAt" IS NULL`;
      if (rows === 0) return null;
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.size.verify",
        entityType: "SizeDeclaration",
        entityId: declarationId,
        after: { supplierId },
      });
      return { value: supplierId, change: { supplierId, declarationId, action: "verified" } };
    });
    if (!saved) return failure(notFound);
    if (!saved.refreshed) await refreshInsightSoon({ payeeSupplierId: supplierId });
    revalidatePath(`/suppliers/${supplierId}`);
    return { status: "success", message: "Size declaration verified." };
  });
}
