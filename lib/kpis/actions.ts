"use server";

import { forbidden } from "next/navigation";
import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { recordAudit } from "@/lib/audit/record";
import { checkAccountablePartner, findWritableContract, RuleError } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";
import { AssessmentSchema, KpiSchema } from "@/lib/kpis/schema";
import { returnToSavedContract } from "@/lib/contracts/saved";
import { guardDatabase } from "@/lib/actions/database";
import { requireCan } from "@/lib/access/caller";

/** Defines a KPI (Procurement Act 2023 s.52) with its measure, target and accountable partner. */
export async function addKpi(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = KpiSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, ...kpi } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        const contract = await findWritableContract(tx, caller, contractId);
        await checkAccountablePartner(tx, contract, kpi.accountableSupplierId);
        const created = await tx.kpi.create({ data: { contractId, ...kpi } });
        await recordAudit(tx, {
          actor: caller,
          action: "kpi.create",
          entityType: "Contract",
          entityId: contractId,
          departmentId: contract.departmentId,
          after: { kpi: created },
        });
      });
    } catch (error) {
      if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
      throw error;
    }
    return returnToSavedContract(contractId, "kpis");
  });
}

/** Records a dated rating against a KPI (contract performance notice ratings). */
export async function recordAssessment(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = AssessmentSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { contractId, kpiId, assessedOn, rating, note } = parsed.data;
    await db.$transaction(async (tx) => {
      const contract = await findWritableContract(tx, caller, contractId);
      // The KPI must belong to this contract: a forged KPI id from another contract is refused.
      const kpi = await tx.kpi.findFirst({ where: { id: kpiId, contractId }, select: { id: true } });
      if (!kpi) forbidden();
      const assessment = await tx.kpiAssessment.create({
        data: { kpiId, assessedOn, rating, note: note ?? null, createdById: caller.id },
      });
      await recordAudit(tx, {
        actor: caller,
        action: "kpi.assess",
        entityType: "Contract",
        entityId: contractId,
        departmentId: contract.departmentId,
        after: { assessment },
      });
    });
    return returnToSavedContract(contractId, "kpis");
  });
}
