import "server-only";
import { requireUser } from "@/lib/auth/caller";
import { contractScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/** Headline figures for the caller's scope, shown on the home page. */
export async function getOverview() {
  const caller = await requireUser();
  const scope = contractScope(caller);
  const [contracts, active, value] = await Promise.all([
    db.contract.count({ where: scope }),
    db.contract.count({ where: { AND: [scope, { status: "ACTIVE" }] } }),
    db.contract.aggregate({ where: { AND: [scope, { status: "ACTIVE" }] }, _sum: { currentValue: true } }),
  ]);
  return { caller, contracts, activeContracts: active, activeValue: value._sum.currentValue };
}
