"use server";

import { revalidatePath } from "next/cache";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { CapabilityClaimSchema, SizeDeclarationSchema, UpdateOrganisationSchema } from "@/lib/suppliers/portal-schema";
import { classifySize } from "@/lib/suppliers/size";
import { refreshInsightSoon } from "@/lib/insight/refresh-soon";
import { saveSizeChange } from "@/lib/insight/refresh-size";
import { guardDatabase } from "@/lib/actions/database";

// A supplier user's own organisation in the portal: its details, its size declaration and its capabilities.
// Public registration: lib/suppliers/registration-actions.ts; administrators' checks: lib/suppliers/actions.ts.

/** A supplier user edits only its own organisation: the id comes from the session, never the form. */
async function ownSupplier() {
  const caller = await requireCan("maintainOwnSupplier");
  if (!caller.supplierId) return { caller, supplierId: null };
  return { caller, supplierId: caller.supplierId };
}

export async function updateOrganisation(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const { caller, supplierId } = await ownSupplier();
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const parsed = UpdateOrganisationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    await db.$transaction(async (tx) => {
      const before = await tx.supplier.findUniqueOrThrow({ where: { id: supplierId } });
      const after = await tx.supplier.update({
        where: { id: supplierId },
        data: { ...parsed.data, website: parsed.data.website ?? null },
      });
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.update",
        entityType: "Supplier",
        entityId: supplierId,
        before,
        after,
      });
    });
    revalidatePath("/portal");
    return { status: "success", message: "Organisation details saved." };
  });
}

export async function declareSize(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const { caller, supplierId } = await ownSupplier();
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const parsed = SizeDeclarationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { sizeClass, isSme, reason } = classifySize(parsed.data);
    // SME share is judged as at each payment date: the save moves this supplier's part of the figures.
    const saved = await saveSizeChange(db, supplierId, async (tx) => {
      const declaration = await tx.sizeDeclaration.create({
        data: { ...parsed.data, supplierId, sizeClass, isSme, declaredById: caller.id },
      });
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.size.declare",
        entityType: "SizeDeclaration",
        entityId: declaration.id,
        after: { ...declaration, reason },
      });
      return { value: declaration.id, change: { supplierId, declarationId: declaration.id, action: "declared" } };
    });
    if (!saved?.refreshed) await refreshInsightSoon({ payeeSupplierId: supplierId });
    revalidatePath("/portal");
    return {
      status: "success",
      message: `Size declared: ${sizeClass.toLowerCase()}, ${isSme ? "an SME" : "not an SME"} (${reason}).`,
    };
  });
}

export async function saveCapability(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const { caller, supplierId } = await ownSupplier();
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const parsed = CapabilityClaimSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { capabilityId, description, evidence } = parsed.data;
    const capability = await db.capability.findUnique({ where: { id: capabilityId }, select: { name: true } });
    if (!capability)
      return failure("Choose a capability from the list.", { capabilityId: ["Choose a capability from the list"] });
    await db.$transaction(async (tx) => {
      const before = await tx.supplierCapability.findUnique({
        where: { supplierId_capabilityId: { supplierId, capabilityId } },
      });
      const after = await tx.supplierCapability.upsert({
        where: { supplierId_capabilityId: { supplierId, capabilityId } },
        create: { supplierId, capabilityId, description, evidence: evidence || null },
        update: { description, evidence: evidence || null },
      });
      await recordAudit(tx, {
        actor: caller,
        action: before ? "supplier.capability.update" : "supplier.capability.add",
        entityType: "SupplierCapability",
        entityId: after.id,
        before,
        after,
      });
    });
    revalidatePath("/portal");
    return { status: "success", message: `${capability.name} saved.` };
  });
}

export async function removeCapability(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const { caller, supplierId } = await ownSupplier();
    if (!supplierId) return failure("Your account is not linked to an organisation.");
    const id = String(formData.get("supplierCapabilityId") ?? "");
    const removed = await db.$transaction(async (tx) => {
      // Scoped to the caller's organisation: a forged id of another supplier's capability matches nothing.
      const before = await tx.supplierCapability.findFirst({ where: { id, supplierId } });
      if (!before) return false;
      await tx.supplierCapability.delete({ where: { id } });
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.capability.remove",
        entityType: "SupplierCapability",
        entityId: id,
        before,
      });
      return true;
    });
    if (!removed) return failure("That capability is not one of your organisation's.");
    revalidatePath("/portal");
    return { status: "success", message: "Capability removed." };
  });
}
