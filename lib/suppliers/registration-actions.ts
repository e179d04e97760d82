"use server";

import { redirect } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { findDuplicateSupplier, joinExistingMessage } from "@/lib/suppliers/duplicates";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { RegisterSupplierSchema } from "@/lib/suppliers/portal-schema";
import { guardDatabase } from "@/lib/actions/database";
import { rememberNotice } from "@/lib/flash/remember-notice";
import { UNIQUE_VIOLATION, violated } from "@/lib/actions/database-errors";
import { RATE_LIMITED, registrationAllowed } from "@/lib/security/rate-limit";

class Duplicate extends Error {}

/** The one answer to a registration that went through or whose email has an account: the sign-in page, and its banner. */
async function registered(): Promise<never> {
  await rememberNotice("account-ready");
  redirect("/login");
}

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
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) return registered();
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
      if (violated(error, UNIQUE_VIOLATION, "User_email_key")) return registered();
      if (violated(error, UNIQUE_VIOLATION))
        return failure("This organisation was registered a moment ago. Ask its users to invite you.", {
          legalName: ["This organisation is already registered"],
        });
      throw error;
    }
    return registered();
  });
}
