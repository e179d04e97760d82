import "server-only";
import type { Prisma } from "@prisma/client";
import { forbidden } from "next/navigation";
import type { Caller } from "@/lib/access/caller";
import { callOffIneligibility, procurementMethodFor, type RouteToMarket } from "@/lib/contracts/rules";
import { RuleError } from "@/lib/contracts/write-access";
import { db } from "@/lib/db";

// The contract form's rules that need the database (lib/contracts/actions.ts): the route to market's lot
// and lead partner, the columns the route decides, and the buying department a new contract goes in.

export type RouteTerms = {
  routeToMarket: RouteToMarket;
  lotId?: string;
  directAwardJustification?: string;
  leadPartnerId: string;
  awardDate: Date;
};

/** The route's rules that need the database: the lot exists, and the lead partner holds it on the award date. */
export async function checkRoute(tx: Prisma.TransactionClient, terms: RouteTerms) {
  const leadPartner = await tx.supplier.findUnique({ where: { id: terms.leadPartnerId }, select: { id: true } });
  if (!leadPartner)
    throw new RuleError("Choose a lead partner from the list.", {
      leadPartnerId: ["Choose a lead partner from the list."],
    });
  if (terms.routeToMarket !== "FRAMEWORK_CALL_OFF") return;
  const lot = await tx.lot.findUnique({ where: { id: terms.lotId! }, select: { id: true } });
  if (!lot)
    throw new RuleError("Choose a framework lot from the list.", { lotId: ["Choose a framework lot from the list."] });
  const memberships = await tx.lotMembership.findMany({ where: { supplierId: terms.leadPartnerId, lotId: lot.id } });
  const problem = callOffIneligibility(memberships, lot.id, terms.awardDate);
  if (problem) throw new RuleError(`This call-off cannot be saved. ${problem}`, { leadPartnerId: [problem] });
}

/** Columns the route decides: a lot only for call-offs, a justification only for direct awards. */
export function routeColumns(terms: RouteTerms) {
  return {
    routeToMarket: terms.routeToMarket,
    procurementMethod: procurementMethodFor(terms.routeToMarket, terms.awardDate),
    lotId: terms.routeToMarket === "FRAMEWORK_CALL_OFF" ? terms.lotId! : null,
    directAwardJustification: terms.routeToMarket === "DIRECT_AWARD" ? terms.directAwardJustification! : null,
  };
}

/** A lead creates in its own department only; an administrator names the department. */
export async function departmentFor(caller: Caller, requested: string | undefined): Promise<string> {
  if (caller.role === "COMMERCIAL_LEAD") {
    if (!caller.departmentId || (requested && requested !== caller.departmentId)) forbidden();
    return caller.departmentId;
  }
  if (!requested)
    throw new RuleError("Choose the buying department.", { departmentId: ["Choose the buying department."] });
  const department = await db.department.findUnique({ where: { id: requested }, select: { id: true } });
  if (!department)
    throw new RuleError("Choose the buying department.", { departmentId: ["Choose the buying department."] });
  return department.id;
}
