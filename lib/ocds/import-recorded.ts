// What the register holds, read back, for the records an import touched: the "recorded" side of
// the import summary (awards, suppliers on them, award values), counted from the rows themselves,
// once per award however many contracts it has.
import Decimal from "decimal.js";
import type { Prisma } from "@prisma/client";
import type { ImportTally } from "./import-tally";
import { JOINT_SUPPLIER_ROLE } from "./record-contract";

export async function readRecorded(
  tx: Prisma.TransactionClient,
  tally: ImportTally,
): Promise<{ awards: number; suppliers: number; awardValue: string }> {
  const contracts = await tx.contract.findMany({
    where: { id: { in: [...tally.contractIds] } },
    select: {
      ocid: true,
      ocdsAwardId: true,
      ocdsContractId: true,
      awardValue: true,
      _count: { select: { members: { where: { role: JOINT_SUPPLIER_ROLE, leftOn: null } } } },
    },
  });
  const lots = await tx.lot.findMany({
    where: { id: { in: [...tally.lotIds] } },
    select: {
      ocdsAwardId: true,
      framework: { select: { ocid: true } },
      awardValue: true,
      _count: { select: { memberships: { where: { status: "VERIFIED" } } } },
    },
  });
  // A contract's suppliers are its lead partner and joint suppliers; a framework lot's its current members.
  const awards = new Map<string, { suppliers: number; value: string | null }>();
  for (const c of contracts)
    awards.set(`${c.ocid}|${c.ocdsAwardId ?? c.ocdsContractId}`, {
      suppliers: 1 + c._count.members,
      value: c.awardValue.toString(),
    });
  for (const l of lots)
    awards.set(`${l.framework.ocid}|${l.ocdsAwardId}`, {
      suppliers: l._count.memberships,
      value: l.awardValue?.toString() ?? null,
    });
  const values = [...awards.values()];
  return {
    awards: awards.size,
    suppliers: values.reduce((n, a) => n + a.suppliers, 0),
    awardValue: values.reduce((sum, a) => sum.plus(a.value ?? 0), new Decimal(0)).toFixed(2),
  };
}
