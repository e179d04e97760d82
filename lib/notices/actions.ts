"use server";

import { Prisma } from "@prisma/client";
import { forbidden, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { guardDatabase } from "@/lib/actions/database";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { departmentScope } from "@/lib/access/scope";
import { checkAccountablePartner, findWritableContract, RuleError } from "@/lib/contracts/write-access";
import { returnToSavedContract } from "@/lib/contracts/saved";
import { db } from "@/lib/db";
import { rememberNotice } from "@/lib/flash/remember-notice";
import { dutyToDraft } from "./duties";
import { ApproveNoticeSchema, DraftNoticeSchema, PerformanceFailureSchema, PublishNoticeSchema } from "./schema";
import { requireCan } from "@/lib/access/caller";

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Drafts the notice a duty calls for, from the register as it is now: an OCDS release, frozen for approval. */
export async function draftNotice(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = DraftNoticeSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    let noticeId: string;
    try {
      noticeId = await db.$transaction(async (tx) => {
        const now = new Date();
        const { duty, departmentId, release } = await dutyToDraft(tx, caller, parsed.data, now);
        const notice = await tx.notice.create({
          data: {
            type: duty.type,
            departmentId,
            contractId: duty.contractId,
            amendmentId: duty.amendmentId ?? null,
            performanceFailureId: duty.performanceFailureId ?? null,
            financialYear: duty.financialYear ?? null,
            obligationKey: duty.key,
            dueOn: duty.dueOn,
            rule: duty.rule,
            release: release as Prisma.InputJsonValue,
            draftedById: caller.id,
            draftedAt: now,
          },
        });
        await recordAudit(tx, {
          actor: caller,
          action: "notice.draft",
          entityType: "Notice",
          entityId: notice.id,
          departmentId,
          after: {
            type: notice.type,
            obligationKey: notice.obligationKey,
            dueOn: notice.dueOn,
            contractId: notice.contractId,
          },
        });
        return notice.id;
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      // Two people drafting the same duty at once: one notice per duty, the second is told.
      if (isUniqueViolation(error))
        return failure("This notice has already been drafted by someone else: reload the page to see it.");
      throw error;
    }
    revalidatePath("/notices");
    await rememberNotice("notice-drafted");
    redirect(`/notices/${noticeId}`);
  });
}

/** The second pair of eyes: anyone who may write the department's notices except the drafter. */
export async function approveNotice(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = ApproveNoticeSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { noticeId } = parsed.data;
    const result = await db.$transaction(async (tx) => {
      const notice = await tx.notice.findFirst({
        where: { id: noticeId, department: departmentScope(caller) },
        select: { id: true, status: true, draftedById: true, departmentId: true },
      });
      if (!notice) forbidden();
      if (notice.draftedById === caller.id) return failure("You drafted this notice: a second person must approve it.");
      // The condition is the lock: of two approvals at once only one finds the notice still a draft.
      const { count } = await tx.notice.updateMany({
        where: { id: noticeId, status: "DRAFT", draftedById: { not: caller.id } },
        data: { status: "APPROVED", approvedById: caller.id, approvedAt: new Date() },
      });
      if (count === 0)
        return failure("This notice is no longer waiting for approval: someone else approved it. Reload the page.");
      await recordAudit(tx, {
        actor: caller,
        action: "notice.approve",
        entityType: "Notice",
        entityId: noticeId,
        departmentId: notice.departmentId,
        before: { status: "DRAFT" },
        after: { status: "APPROVED" },
      });
      return null;
    });
    if (result) return result;
    revalidatePath(`/notices/${noticeId}`);
    await rememberNotice("notice-approved");
    redirect(`/notices/${noticeId}`);
  });
}

/** Records that an approved notice was published on Find a Tender, with the id Find a Tender gave it. */
export async function publishNotice(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = PublishNoticeSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { noticeId, publishedNoticeId: findATenderId } = parsed.data;
    try {
      const result = await db.$transaction(async (tx) => {
        const notice = await tx.notice.findFirst({
          where: { id: noticeId, department: departmentScope(caller) },
          select: { id: true, departmentId: true },
        });
        if (!notice) forbidden();
        const { count } = await tx.notice.updateMany({
          where: { id: noticeId, status: "APPROVED" },
          data: { status: "PUBLISHED", findATenderId, publishedById: caller.id, publishedAt: new Date() },
        });
        if (count === 0)
          return failure(
            "Only an approved notice can be marked published (it may have been published already): reload the page.",
          );
        await recordAudit(tx, {
          actor: caller,
          action: "notice.publish",
          entityType: "Notice",
          entityId: noticeId,
          departmentId: notice.departmentId,
          before: { status: "APPROVED" },
          after: { status: "PUBLISHED", findATenderId },
        });
        return null;
      });
      if (result) return result;
    } catch (error) {
      if (isUniqueViolation(error))
        return failure("That Find a Tender id is already recorded for another notice.", {
          publishedNoticeId: ["That Find a Tender id is already recorded for another notice."],
        });
      throw error;
    }
    revalidatePath(`/notices/${noticeId}`);
    await rememberNotice("notice-published");
    redirect(`/notices/${noticeId}`);
  });
}

/** A breach, or a failure to improve after being given the chance: a UK9 is due within 30 days (s.71(2)). */
export async function recordPerformanceFailure(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = PerformanceFailureSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, ...finding } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        const contract = await findWritableContract(tx, caller, contractId);
        await checkAccountablePartner(tx, contract, finding.supplierId).catch((e: unknown) => {
          throw e instanceof RuleError
            ? new RuleError("The supplier must be the lead partner or a current member.", {
                supplierId: ["The supplier must be the lead partner or a current member."],
              })
            : e;
        });
        const created = await tx.performanceFailure.create({
          data: { contractId, ...finding, createdById: caller.id },
        });
        await recordAudit(tx, {
          actor: caller,
          action: "performance-failure.create",
          entityType: "Contract",
          entityId: contractId,
          departmentId: contract.departmentId,
          after: { performanceFailure: created },
        });
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      throw error;
    }
    return returnToSavedContract(contractId, "kpis");
  });
}
