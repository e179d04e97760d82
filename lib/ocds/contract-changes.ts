// What a later release changes on a contract, and the amendments that record it. Pure. A field the
// release does not state (null) never overwrites what an earlier release said.
import Decimal from "decimal.js";
import type { AmendmentKind, ContractStatus, ProcurementMethod, RouteToMarket } from "@prisma/client";
import { isoDate } from "@/lib/dates/format";
import { formatMoney } from "@/lib/format";

export type ContractFields = {
  ocdsContractId: string;
  ocdsAwardId: string;
  title: string;
  description: string | null;
  procurementMethod: ProcurementMethod | null;
  routeToMarket: RouteToMarket;
  numberOfTenderers: number | null;
  leadPartnerId: string;
  awardValue: string;
  currentValue: string;
  awardDate: Date;
  startDate: Date;
  endDate: Date;
  status: ContractStatus;
};
type Stored = {
  [K in keyof ContractFields]: K extends "awardValue" | "currentValue"
    ? { toString(): string }
    : ContractFields[K] | null;
};
export type ImportedAmendment = {
  kind: AmendmentKind;
  rationale: string;
  valueChange: string;
  newEndDate: Date | null;
};

const NEVER_CLEARED = new Set<keyof ContractFields>(["description", "procurementMethod", "numberOfTenderers"]);
const LABELS: Partial<Record<keyof ContractFields, string>> = {
  ocdsContractId: "OCDS contract id",
  title: "title",
  description: "description",
  procurementMethod: "procurement method",
  routeToMarket: "route to market",
  numberOfTenderers: "number of tenderers",
  leadPartnerId: "lead partner",
  awardValue: "award value",
  awardDate: "award date",
  startDate: "start date",
  status: "status",
};

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  return String(a) === String(b);
}

export function contractChanges(
  stored: Stored,
  desired: ContractFields,
): { data: Partial<ContractFields> | null; amendments: ImportedAmendment[] } {
  const data: Partial<ContractFields> = {};
  for (const key of Object.keys(desired) as (keyof ContractFields)[]) {
    const next = desired[key];
    if (next === null && NEVER_CLEARED.has(key)) continue;
    if (
      key === "awardValue" || key === "currentValue"
        ? new Decimal(String(stored[key])).eq(String(next))
        : same(stored[key], next)
    )
      continue;
    (data as Record<string, unknown>)[key] = next;
  }
  const amendments: ImportedAmendment[] = [];
  if (data.currentValue !== undefined) {
    const change = new Decimal(data.currentValue).minus(String(stored.currentValue));
    amendments.push({
      kind: "VALUE_CHANGE",
      rationale: `value ${formatMoney(data.currentValue)} (was ${formatMoney(String(stored.currentValue))})`,
      valueChange: change.toFixed(2),
      newEndDate: null,
    });
  }
  if (data.endDate !== undefined && stored.endDate) {
    const later = data.endDate > stored.endDate;
    amendments.push({
      kind: later ? "EXTENSION" : "OTHER",
      rationale: `end date ${isoDate(data.endDate)} (was ${isoDate(stored.endDate)})`,
      valueChange: "0",
      newEndDate: data.endDate,
    });
  }
  const others = (Object.keys(data) as (keyof ContractFields)[]).filter(
    (k) => k !== "currentValue" && k !== "endDate" && k !== "ocdsContractId" && k !== "ocdsAwardId",
  );
  if (others.length > 0) {
    amendments.push({
      kind: "OTHER",
      rationale: `${others.map((k) => LABELS[k] ?? k).join(", ")} as published`,
      valueChange: "0",
      newEndDate: null,
    });
  }
  return { data: Object.keys(data).length > 0 ? data : null, amendments };
}

/** Suppliers a release names that the contract does not yet hold (OCDS merges suppliers by id: none are removed by omission). */
export function memberChanges(current: string[], named: string[]): { added: string[] } {
  return { added: named.filter((id) => !current.includes(id)) };
}
