import { Decimal } from "decimal.js";
import type { RowError } from "@/lib/supply-chain/parse";
import type { ReturnLine } from "@/lib/supply-chain/validate";

// A lead partner passes on part of what the buyer paid it: a return that, for one contract and month,
// comes to more than the buyer paid the lead for that contract in that month is refused with the figures.
// Pure: the action loads what was received and what was reported before.

export type ContractMonth = `${string}|${string}`;
export const contractMonth = (l: Pick<ReturnLine, "contractId" | "month">): ContractMonth =>
  `${l.contractId}|${l.month}`;

const pounds = (d: Decimal) => `£${d.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;

/**
 * received: direct spend paid to the lead per contract and month; reportedBefore: payments already in
 * earlier returns per contract and month, other than the ones these lines repeat.
 */
export function checkAgainstReceipts(
  lines: ReturnLine[],
  received: Map<ContractMonth, string>,
  reportedBefore: Map<ContractMonth, string>,
  titles: Map<string, string>,
): RowError[] {
  const totals = new Map<ContractMonth, { amount: Decimal; rows: number[] }>();
  for (const l of lines) {
    const key = contractMonth(l);
    const entry = totals.get(key) ?? { amount: new Decimal(reportedBefore.get(key) ?? 0), rows: [] };
    entry.amount = entry.amount.plus(l.amount);
    entry.rows.push(l.row);
    totals.set(key, entry);
  }
  const errors: RowError[] = [];
  for (const [key, { amount, rows }] of totals) {
    const paid = new Decimal(received.get(key) ?? 0);
    if (amount.lte(paid)) continue;
    const [contractId, month] = key.split("|") as [string, string];
    const before = new Decimal(reportedBefore.get(key) ?? 0);
    const earlier = before.gt(0) ? ` (${pounds(before)} of it in earlier returns)` : "";
    errors.push({
      row: rows[0]!,
      column: "amount",
      message: `payments to members on "${titles.get(contractId) ?? contractId}" in ${month} come to ${pounds(amount)}${earlier}, more than the ${pounds(paid)} the buyer paid you for that contract that month`,
    });
  }
  return errors;
}
