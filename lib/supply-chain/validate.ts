import { Decimal } from "decimal.js";
import { MONTH_PATTERN } from "@/lib/actions/fields";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import type { ReturnRow, RowError } from "@/lib/supply-chain/parse";

// The rules a return must meet before anything is saved. Pure: the action loads the facts.
export type MemberFacts = {
  supplierId: string;
  legalName: string;
  companiesHouseNumber: string | null;
  normalisedName: string;
  joinedOn: Date;
  leftOn: Date | null;
};
export type LeadContractFacts = {
  id: string;
  reference: string | null;
  title: string;
  departmentId: string;
  startDate: Date;
  members: MemberFacts[];
};
export type ReturnLine = {
  row: number;
  contractId: string;
  departmentId: string;
  payeeSupplierId: string;
  month: string;
  paidOn: Date;
  amount: string;
};

const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;

/** A month's payment is dated on the month's last day; the payee must be a member at some point in that month. */
export function monthBounds(month: string): { first: Date; last: Date } | null {
  const match = MONTH_PATTERN.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const m = Number(match[2]);
  return { first: new Date(Date.UTC(year, m - 1, 1)), last: new Date(Date.UTC(year, m, 0)) };
}

function findContract(contracts: LeadContractFacts[], key: string) {
  const byId = contracts.find((c) => c.id === key);
  if (byId) return { contract: byId };
  const byReference = contracts.filter((c) => c.reference !== null && c.reference.toLowerCase() === key.toLowerCase());
  if (byReference.length > 1)
    return {
      error: `contract reference "${key}" matches ${byReference.length} of your contracts: use the contract id`,
    };
  return byReference[0]
    ? { contract: byReference[0] }
    : { error: `"${key}" is not a contract on which you are the lead partner` };
}

function findMember(members: MemberFacts[], key: string) {
  const number = key.toUpperCase();
  const byNumber = members.filter((m) => m.companiesHouseNumber === number);
  if (byNumber.length) return byNumber;
  const name = normaliseSupplierName(key);
  return members.filter((m) => m.normalisedName === name);
}

export function validateReturn(
  rows: ReturnRow[],
  contracts: LeadContractFacts[],
  today: Date,
): { lines: ReturnLine[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const lines: ReturnLine[] = [];
  const seen = new Map<string, number>();
  if (rows.length === 0) errors.push({ row: 1, message: "The return has no payments" });
  for (const r of rows) {
    const fail = (message: string, column?: RowError["column"]) =>
      errors.push(column ? { row: r.row, message, column } : { row: r.row, message });
    if (!r.contract || !r.month || !r.member || !r.amount) {
      fail("every row needs a contract, month, member and amount");
      continue;
    }
    const found = findContract(contracts, r.contract);
    if (!found.contract) {
      fail(found.error!, "contract");
      continue;
    }
    const bounds = monthBounds(r.month);
    if (!bounds) {
      fail(`month "${r.month}" is not YYYY-MM`, "month");
      continue;
    }
    if (bounds.first > today) {
      fail(`month ${r.month} is in the future`, "month");
      continue;
    }
    const amount = r.amount.replace(/[£,\s]/g, "");
    if (!AMOUNT.test(amount) || new Decimal(amount).lte(0)) {
      fail(`amount "${r.amount}" must be a positive sum in pounds with at most 2 decimal places`, "amount");
      continue;
    }
    const candidates = findMember(found.contract.members, r.member);
    const member = candidates.find((m) => m.joinedOn <= bounds.last && (m.leftOn === null || m.leftOn >= bounds.first));
    if (!member) {
      fail(
        candidates.length
          ? `${candidates[0]!.legalName} was not a member of the partnership on "${found.contract.title}" in ${r.month}`
          : `"${r.member}" is not a member of the partnership on "${found.contract.title}"`,
        "member",
      );
      continue;
    }
    const key = `${found.contract.id}|${r.month}|${member.supplierId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      fail(`repeats row ${earlier}: report one total per contract, month and member`);
      continue;
    }
    seen.set(key, r.row);
    lines.push({
      row: r.row,
      contractId: found.contract.id,
      departmentId: found.contract.departmentId,
      payeeSupplierId: member.supplierId,
      month: r.month,
      paidOn: bounds.last,
      amount: new Decimal(amount).toFixed(2),
    });
  }
  return { lines, errors };
}

/** One payment per contract, month and member: re-submitting the same return finds these and adds nothing. */
export function returnFingerprint(line: Pick<ReturnLine, "contractId" | "month" | "payeeSupplierId">): string {
  return `supply-chain-return:${line.contractId}:${line.month}:${line.payeeSupplierId}`;
}
