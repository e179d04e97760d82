"use server";

import { failure, formValues, invalid, type ActionState } from "@/lib/actions/state";
import { requireCan, type Caller } from "@/lib/access/caller";
import { recordAudit } from "@/lib/audit/record";
import { checkRoute, departmentFor, routeColumns } from "@/lib/contracts/save-checks";
import { CloseContractSchema, CreateContractSchema, UpdateContractSchema } from "@/lib/contracts/schema";
import { findWritableContract, RuleError, updateContractLocked } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";
import { returnToSavedContract } from "@/lib/contracts/saved";
import { guardDatabase } from "@/lib/actions/database";
import { matchSavedSearchesSoon } from "@/lib/saved-searches/notify";
import { UNIQUE_VIOLATION, violated } from "@/lib/actions/database-errors";
import { contractScope } from "@/lib/access/scope";

/** Turns rule failures into form messages; everything else (403, crashes) propagates. */
function asFailure(error: unknown): ActionState {
  if (error instanceof RuleError) return failure(error.message, error.fieldErrors);
  throw error;
}

export async function createContract(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = CreateContractSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const {
      departmentId: requestedDepartment,
      lotId: _lot,
      directAwardJustification: _j,
      routeToMarket: _r,
      formId,
      ...terms
    } = parsed.data;
    let id: string;
    try {
      // This form was saved already (a double click, a retry, a parallel replay): go to that contract.
      const saved = await savedFromForm(caller, formId);
      if (saved) return returnToSavedContract(saved);
      const departmentId = await departmentFor(caller, requestedDepartment);
      id = await db.$transaction(async (tx) => {
        await checkRoute(tx, parsed.data);
        const contract = await tx.contract.create({
          data: {
            ...terms,
            ...routeColumns(parsed.data),
            departmentId,
            ownerId: caller.role === "COMMERCIAL_LEAD" ? caller.id : null,
            currentValue: terms.awardValue,
            status: "ACTIVE",
            kpiExemptionReason: terms.kpiExemptionReason ?? null,
            creationKey: formId,
          },
        });
        await recordAudit(tx, {
          actor: caller,
          action: "contract.create",
          entityType: "Contract",
          entityId: contract.id,
          departmentId,
          after: contract,
        });
        return contract.id;
      });
    } catch (error) {
      // The same form saved by a parallel request a moment earlier: both end at the one contract.
      if (violated(error, UNIQUE_VIOLATION, "Contract_creationKey_key")) {
        const saved = await savedFromForm(caller, formId);
        if (saved) return returnToSavedContract(saved);
        return failure("This form was already used. Reload the page to record another contract.");
      }
      return asFailure(error);
    }
    await matchSavedSearchesSoon(id);
    return returnToSavedContract(id, undefined, "contract-created");
  });
}

/** The contract a form's key made, if the caller may see it (a key is random: guessing another's is hopeless). */
async function savedFromForm(caller: Caller, formId: string): Promise<string | null> {
  const saved = await db.contract.findFirst({
    where: { AND: [{ creationKey: formId }, contractScope(caller)] },
    select: { id: true },
  });
  return saved?.id ?? null;
}

export async function updateContract(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = UpdateContractSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { id, version, lotId: _lot, directAwardJustification: _j, routeToMarket: _r, ...terms } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        const before = await findWritableContract(tx, caller, id);
        await checkRoute(tx, parsed.data);
        const after = await updateContractLocked(tx, caller, id, version, {
          ...terms,
          ...routeColumns(parsed.data),
          kpiExemptionReason: terms.kpiExemptionReason ?? null,
          reference: terms.reference ?? null,
          description: terms.description ?? null,
          numberOfTenderers: terms.numberOfTenderers ?? null,
          noticePeriodDays: terms.noticePeriodDays ?? null,
          reprocurementLeadMonths: terms.reprocurementLeadMonths ?? null,
        });
        await recordAudit(tx, {
          actor: caller,
          action: "contract.update",
          entityType: "Contract",
          entityId: id,
          departmentId: before.departmentId,
          before,
          after,
        });
      });
    } catch (error) {
      return asFailure(error);
    }
    return returnToSavedContract(id);
  });
}

/** Ends a contract (terminated, expired, cancelled) with a dated record of why, kept in its history. */
export async function closeContract(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return guardDatabase(async () => {
    const caller = await requireCan("writeContracts");
    const parsed = CloseContractSchema.safeParse(formValues(formData));
    if (!parsed.success) return invalid(parsed.error);
    const { id, version, status, closedOn, reason } = parsed.data;
    try {
      await db.$transaction(async (tx) => {
        const before = await findWritableContract(tx, caller, id);
        if (before.status !== "ACTIVE" && before.status !== "PLANNED")
          throw new RuleError("This contract is already closed.");
        // Ending early moves the end date; the amendment keeps the original in the history.
        const endsEarly = closedOn < before.endDate;
        const after = await updateContractLocked(tx, caller, id, version, {
          status,
          ...(endsEarly ? { endDate: closedOn } : {}),
        });
        await tx.amendment.create({
          data: {
            contractId: id,
            kind: "OTHER",
            date: closedOn,
            rationale: `Closed (${status.toLowerCase()}): ${reason}`,
            newEndDate: endsEarly ? closedOn : null,
            endsContract: true,
            createdById: caller.id,
          },
        });
        await recordAudit(tx, {
          actor: caller,
          action: "contract.close",
          entityType: "Contract",
          entityId: id,
          departmentId: before.departmentId,
          before,
          after: { ...after, reason },
        });
      });
    } catch (error) {
      return asFailure(error);
    }
    return returnToSavedContract(id, undefined, "contract-closed");
  });
}
