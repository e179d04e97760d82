// How many spend rows each contract and each consortium member gets, before any row is drawn, so
// that the total comes out at exactly the number asked for (about 80% direct, 20% indirect)
// without holding the rows themselves in memory.
import { SPEND_FIRST_MONTH, SPEND_LAST_MONTH, addDays, monthIndex, monthStart } from "./dates";
import { allocate, spreadEvenly } from "./money";
import type { SpendContract } from "./types";

export type SpendMonths = { first: number; count: number };

/** Invoices are paid between the 3rd and the 26th of a month. */
export const LAST_PAY_DAY = 26;

/** First month a party can be paid in: its start month, or the next if it starts after the last pay day. */
function firstPayMonth(start: Date): number {
  return monthIndex(start) + (start.getUTCDate() > LAST_PAY_DAY ? 1 : 0);
}

/** The months of the spend window in which the contract ran (up to the demo's date). */
export function spendMonths(c: SpendContract, asOf: Date): SpendMonths {
  const first = Math.max(SPEND_FIRST_MONTH, firstPayMonth(c.start));
  const last = Math.min(SPEND_LAST_MONTH, monthIndex(c.end), firstPayMonth(asOf) - 1);
  return { first, count: Math.max(0, last - first + 1) };
}

/** Rows per month for a contract with `rows` direct rows: evenly spread, so fewer rows means quarterly-ish billing. */
export function directRowsByMonth(rows: number, months: SpendMonths): number[] {
  return spreadEvenly(rows, months.count);
}

/** Month indexes (within the contract's window) in which the member was in the consortium and the lead was paid. */
export function memberMonths(
  member: SpendContract["members"][number],
  months: SpendMonths,
  rowsByMonth: readonly number[],
): number[] {
  const out: number[] = [];
  for (let k = 0; k < months.count; k++) {
    if ((rowsByMonth[k] ?? 0) === 0) continue;
    const m = months.first + k;
    if (firstPayMonth(member.joinedOn) > m) continue;
    // Present on a pay day: members are in the partnership from joinedOn until the day before leftOn.
    if (member.leftOn && member.leftOn <= addDays(monthStart(m), 2)) continue;
    out.push(k);
  }
  return out;
}

export type SpendRowPlan = { direct: Int32Array; indirect: Int32Array[] };

export function planSpendRows(contracts: readonly SpendContract[], total: number, asOf: Date): SpendRowPlan {
  const months = contracts.map((c) => spendMonths(c, asOf));
  const weights = contracts.map((c, i) => {
    const count = months[i]?.count ?? 0;
    return count * (1 + Math.log10(Math.max(1, c.currentPence / 10_000_000)));
  });
  const planFor = (directTotal: number): SpendRowPlan => {
    const direct = Int32Array.from(allocate(directTotal, weights));
    const memberWeights: number[] = [];
    const perContract: number[][] = contracts.map((c, i) => {
      const m = months[i] as SpendMonths;
      const byMonth = directRowsByMonth(direct[i] ?? 0, m);
      return c.members.map((member) => {
        const w = memberMonths(member, m, byMonth).length;
        memberWeights.push(w);
        return w;
      });
    });
    const hasMembers = memberWeights.some((w) => w > 0);
    const flat = hasMembers ? allocate(total - directTotal, memberWeights) : [];
    let at = 0;
    const indirect = perContract.map((ws) => Int32Array.from(ws.map(() => flat[at++] ?? 0)));
    return { direct, indirect };
  };
  const plan = planFor(Math.round(total * 0.8));
  const indirectTotal = plan.indirect.reduce((s, a) => s + a.reduce((x, y) => x + y, 0), 0);
  // No eligible consortium members at all: every row is direct.
  return indirectTotal === 0 && total > 0 ? planFor(total) : plan;
}
