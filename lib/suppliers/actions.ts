"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { requireRole } from "@/lib/auth/caller";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { findDuplicateSupplier, joinExistingMessage } from "@/lib/suppliers/duplicates";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { mergeSuppliers } from "@/lib/suppliers/merge";
import {
  MergeSuppliersSchema,
  VerifySizeDeclarationSchema,
  VerifySupplierIdentitySchema,
} from "@/lib/suppliers/schema";
import {
  CapabilityClaimSchema,
  RegisterSupplierSchema,
  SizeDeclarationSchema,
  UpdateOrganisationSchema,
} from "@/lib/suppliers/portal-schema";
import { classifySize } from "@/lib/suppliers/size";
import { refreshInsightSoon } from "@/lib/insight/refresh-soon";
import { guardDatabase } from "@/lib/actions/database";
import { UNIQUE_VIOLATION, violated } from "@/lib/actions/database-errors";
import { RATE_LIMITED, registrationAllowed } from "@/lib/security/rate-limit";

class Duplicate extends Error {}

const REGISTERED = "/login?registered=1";

/** Public self-registration: a supplier organisation and its first SUPPLIER_USER, or directions to join the existing one. */
export async function registerSupplier(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const parsed = RegisterSupplierSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { name, email, password, ...organisation } = parsed.data;
    if (!(await registrationAllowed())) return failure(RATE_LIMITED);
    // Hashed whatever happens next, so an email with an account takes as long as one without.
    const passwordHash = await hashPassword(password);
    // An email that already has an account gets the same answer as a new registration, and nothing is saved:
    // the form must not tell anyone which emails have accounts. Its owner signs in with their own password.
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) redirect(REGISTERED);
    try {
      await db.$transaction(async (tx) => {
        const existing = await findDuplicateSupplier(tx, organisation.legalName, organisation.companiesHouseNumber);
        if (existing) throw new Duplicate(joinExistingMessage(existing));
        // Its name, number and size are its own word until an administrator or a published record confirms them.
        const supplier = await tx.supplier.create({
          data: {
            ...organisation,
            normalisedName: normaliseSupplierName(organisation.legalName),
            selfRegistered: true,
          },
        });
        const user = await tx.user.create({
          data: { email, name, passwordHash, role: "SUPPLIER_USER", supplierId: supplier.id },
        });
        const actor = { id: user.id, email };
        await recordAudit(tx, {
          actor,
          action: "supplier.register",
          entityType: "Supplier",
          entityId: supplier.id,
          after: supplier,
        });
        await recordAudit(tx, {
          actor,
          action: "user.create",
          entityType: "User",
          entityId: user.id,
          after: { email, name, role: user.role, supplierId: supplier.id },
        });
      });
    } catch (error) {
      if (error instanceof Duplicate)
        return failure(error.message, { legalName: ["This organisation is already registered"] });
      // A concurrent registration with the same email (answered as above) or number lost the race to the unique index.
      if (violated(error, UNIQUE_VIOLATION, "User_email_key")) redirect(REGISTERED);
      if (violated(error, UNIQUE_VIOLATION))
        return failure("This organisation was registered a moment ago. Ask its users to invite you.", {
          legalName: ["This organisation is already registered"],
        });
      throw error;
    }
    redirect(REGISTERED);
  });
}

/** A supplier user edits only its own organisation: the id comes from the session, never the form. */
async function ownSupplier() {
  const caller = await requireRole("SUPPLIER_USER");
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
    await db.$transaction(async (tx) => {
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
    });
    // SME share is judged as at each payment date: the departments that paid this supplier see it anew.
    await refreshInsightSoon({ payeeSupplierId: supplierId });
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

/** An administrator merges a duplicate supplier into the one kept (the form's confirmation step posts here). */
export async function mergeDuplicateSupplier(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireRole("ADMIN");
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
    redirect(`/suppliers/${result.keptId}?merged=1`);
  });
}

/** An administrator confirms who a self-registered supplier is (its name and identifiers checked). */
export async function verifySupplierIdentity(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireRole("ADMIN");
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
    const caller = await requireRole("ADMIN");
    const parsed = VerifySizeDeclarationSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { declarationId } = parsed.data;
    const supplierId = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<
        { supplierId: string }[]
      >`UPDATE "SizeDeclaration" SET "verifiedAt" = now(), "verifiedById" = ${caller.id}
        WHERE id = ${declarationId} AND "verifiedAt" IS NULL RETURNING "supplierId"`;
      if (rows.length === 0) return null;
      await recordAudit(tx, {
        actor: caller,
        action: "supplier.size.verify",
        entityType: "SizeDeclaration",
        entityId: declarationId,
        after: { supplierId: rows[0]!.supplierId },
      });
      return rows[0]!.supplierId;
    });
    if (!supplierId) return failure("This declaration does not exist or is already verified.");
    // The dashboards' unverified part of SME share changes for every department that paid this supplier.
    await refreshInsightSoon({ payeeSupplierId: supplierId });
    revalidatePath(`/suppliers/${supplierId}`);
    return { status: "success", message: "Size declaration verified." };
  });
}
