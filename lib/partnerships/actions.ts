"use server";

import { forbidden } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { pledgedSharesExceed, pledgedShareTotal } from "@/lib/contracts/rules";
import {
  assertOpen,
  findWritableContract,
  lockContract,
  RuleError,
  updateContractLocked,
} from "@/lib/contracts/write-access";
import { UNIQUE_VIOLATION, violated } from "@/lib/actions/database-errors";
import { db } from "@/lib/db";
import { AddMemberSchema, RemoveMemberSchema } from "@/lib/partnerships/schema";
import { returnToSavedContract } from "@/lib/contracts/saved";
import { guardDatabase } from "@/lib/actions/database";
import { isoDate } from "@/lib/dates/format";
import { requireCan } from "@/lib/access/caller";

const fieldError = (field: string, message: string) => new RuleError(message, { [field]: [message] });

/** Adds a member to the lead partner's consortium, as a dated MEMBER_ADDED amendment (OCDS suppliersAdded). */
export async function addMember(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = AddMemberSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, supplierId, role, pledgedSharePercent, joinedOn } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        // Under the contract's lock, members added at the same moment are checked one after another.
        await lockContract(tx, contractId);
        const contract = await findWritableContract(tx, caller, contractId);
        assertOpen(contract);
        const supplier = await tx.supplier.findUnique({
          where: { id: supplierId },
          select: { id: true, legalName: true },
        });
        if (!supplier) throw fieldError("supplierId", "Choose the member from the list.");
        if (supplier.id === contract.leadPartnerId)
          throw fieldError("supplierId", "The lead partner leads the partnership; it cannot also be a member.");
        const current = await tx.partnershipMember.findMany({
          where: { contractId, leftOn: null },
          select: { supplierId: true, pledgedSharePercent: true },
        });
        if (current.some((m) => m.supplierId === supplierId))
          throw fieldError("supplierId", `${supplier.legalName} is already a member.`);
        const shares = current.map((m) => m.pledgedSharePercent);
        if (pledgedSharesExceed(shares, pledgedSharePercent)) {
          throw fieldError(
            "pledgedSharePercent",
            `Pledged shares would total ${pledgedShareTotal(shares, pledgedSharePercent).toString()}%; together they can be at most 100%.`,
          );
        }
        const member = await tx.partnershipMember.create({
          data: { contractId, supplierId, role, pledgedSharePercent, joinedOn },
        });
        await tx.amendment.create({
          data: {
            contractId,
            kind: "MEMBER_ADDED",
            supplierId,
            date: joinedOn,
            rationale: `${supplier.legalName} joined as ${role} partner with ${pledgedSharePercent}% pledged.`,
            createdById: caller.id,
          },
        });
        await updateContractLocked(tx, caller, contractId, null, {});
        await recordAudit(tx, {
          actor: caller,
          action: "partnership.member-add",
          entityType: "Contract",
          entityId: contractId,
          departmentId: contract.departmentId,
          after: { member },
        });
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      // The database's own guard (one current membership per supplier), should anything get past the lock.
      if (violated(error, UNIQUE_VIOLATION, "PartnershipMember_one_current_per_supplier")) {
        return failure("That supplier is already a member.", { supplierId: ["That supplier is already a member."] });
      }
      throw error;
    }
    return returnToSavedContract(contractId, "partnership");
  });
}

/** A member leaves on a date: kept as history (never deleted), with a MEMBER_REMOVED amendment. */
export async function removeMember(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = RemoveMemberSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, memberId, leftOn, reason } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        await lockContract(tx, contractId);
        const contract = await findWritableContract(tx, caller, contractId);
        assertOpen(contract);
        // The member must belong to this contract: a forged member id from elsewhere is refused.
        const before = await tx.partnershipMember.findFirst({
          where: { id: memberId, contractId },
          include: { supplier: { select: { legalName: true } } },
        });
        if (!before) forbidden();
        if (before.leftOn)
          throw new RuleError(`${before.supplier.legalName} already left on ${isoDate(before.leftOn)}.`);
        if (leftOn < before.joinedOn) throw fieldError("leftOn", "A member cannot leave before the date it joined.");
        const after = await tx.partnershipMember.update({ where: { id: memberId }, data: { leftOn } });
        await tx.amendment.create({
          data: {
            contractId,
            kind: "MEMBER_REMOVED",
            supplierId: before.supplierId,
            date: leftOn,
            rationale: `${before.supplier.legalName} left the partnership: ${reason}`,
            createdById: caller.id,
          },
        });
        await updateContractLocked(tx, caller, contractId, null, {});
        await recordAudit(tx, {
          actor: caller,
          action: "partnership.member-remove",
          entityType: "Contract",
          entityId: contractId,
          departmentId: contract.departmentId,
          before: { member: before },
          after: { member: after, reason },
        });
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      throw error;
    }
    return returnToSavedContract(contractId, "partnership");
  });
}
