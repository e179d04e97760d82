import "server-only";
import { requireUser } from "@/lib/access/caller";
import { contractScope } from "@/lib/access/scope";
import { db } from "@/lib/db";
import { changeNoticeRule, inLedgerOrder, termChanges } from "./change-rule";
import { changeKindsOf, driftFromAward } from "./ledger";

/** A contract's change ledger (each change with its kinds, ground, author and UK10 verdict) and its drift from award. */
export async function getChangeLedger(contractId: string) {
  const caller = await requireUser();
  const contract = await db.contract.findFirst({
    where: { AND: [{ id: contractId }, contractScope(caller)] },
    select: {
      awardDate: true,
      category: true,
      awardValue: true,
      currentValue: true,
      startDate: true,
      endDate: true,
      awardedEndDate: true,
      extensionOptionsMonths: true,
      amendments: { orderBy: [{ date: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!contract) return null;
  const ledger = inLedgerOrder(contract.amendments);
  const authorIds = [...new Set(ledger.map((a) => a.createdById).filter((id): id is string => id !== null))];
  const supplierIds = [...new Set(ledger.map((a) => a.supplierId).filter((id): id is string => id !== null))];
  const [authors, suppliers] = await Promise.all([
    // Suppliers never see who in the department made a change.
    caller.role === "SUPPLIER_USER"
      ? []
      : db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }),
    db.supplier.findMany({ where: { id: { in: supplierIds } }, select: { id: true, legalName: true } }),
  ]);
  const terms = termChanges(contract, ledger);
  return {
    drift: driftFromAward(contract),
    entries: ledger.map((a) => ({
      ...a,
      kinds: changeKindsOf(a),
      termDays: terms.get(a.id) ?? null,
      author: a.createdById ? (authors.find((u) => u.id === a.createdById)?.name ?? null) : null,
      supplierName: a.supplierId ? (suppliers.find((s) => s.id === a.supplierId)?.legalName ?? null) : null,
      verdict: changeNoticeRule(contract, ledger, a.id),
    })),
  };
}

export type ChangeLedger = NonNullable<Awaited<ReturnType<typeof getChangeLedger>>>;
