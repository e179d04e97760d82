// Monthly spend, Dec 2023 - Nov 2026: direct payments from the department to the lead partner,
// and indirect payments from the lead to each member present that month, at its pledged share of
// what the lead received times its delivery factor. Exact pence; streamed in chunks.
import { WriterGroup } from "./bulk";
import type { SeedContext } from "./context";
import { addDays, daysBetween, isoDate, maxDate, minDate, monthEnd, monthStart } from "./dates";
import { allocate, penceToDecimal } from "./money";
import type { Rng } from "./prng";
import { rootOf } from "./ref-capabilities";
import { EXPENSE_TYPES_BY_ROOT } from "./ref-text";
import { LAST_PAY_DAY, directRowsByMonth, memberMonths, planSpendRows, spendMonths } from "./spend-plan";
import { SPEND, type SpendRow } from "./tables-contracts";
import type { SpendContract } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const label = (m: number) => `${MONTHS[m % 12]} ${Math.floor(m / 12)}`;

export async function buildSpend(ctx: SeedContext): Promise<{ direct: number; indirect: number }> {
  const rng = ctx.rng.fork("spend");
  const writer = ctx.writer(SPEND);
  const group = new WriterGroup(ctx.db, [writer], 5_000);
  const plan = planSpendRows(ctx.spendContracts, ctx.options.spendRows, ctx.asOf);
  let serial = 0;
  let lastLogged = 0;
  const written = { direct: 0, indirect: 0 };
  const seed = ctx.options.seed;

  const emit = (row: Omit<SpendRow, "id" | "fingerprint" | "transactionNumber">, shareTx: boolean) => {
    serial += 1;
    if (row.kind === "DIRECT") written.direct += 1;
    else written.indirect += 1;
    const tx = shareTx ? serial - 1 : serial;
    writer.push({
      id: ctx.id("SpendTransaction"),
      ...row,
      transactionNumber: `TX-${String(tx).padStart(6, "0")}`,
      fingerprint: `demo:${seed}:${serial}`,
    });
  };

  for (let i = 0; i < ctx.spendContracts.length; i++) {
    const c = ctx.spendContracts[i] as SpendContract;
    const rows = plan.direct[i] ?? 0;
    if (rows === 0) continue;
    const dept = ctx.departments[c.deptIndex];
    if (!dept) throw new Error(`No department ${c.deptIndex}`);
    const months = spendMonths(c, ctx.asOf);
    const byMonth = directRowsByMonth(rows, months);
    const windowStart = maxDate(c.start, monthStart(months.first));
    const windowEnd = minDate(minDate(c.end, monthEnd(months.first + months.count - 1)), ctx.asOf);
    const activeMonths = Math.max(1, daysBetween(windowStart, windowEnd) + 1) / 30.44;
    const total = Math.max(rows, Math.round((c.currentPence * activeMonths * rng.float(0.85, 1.02)) / c.valueMonths));
    const amounts = allocate(
      total,
      Array.from({ length: rows }, () => rng.float(0.6, 1.4)),
    );
    const expenseTypes = EXPENSE_TYPES_BY_ROOT[rootOf(c.capabilityCode ?? "")] ?? ["IT services"];
    const directByMonth = new Array<number>(months.count).fill(0);

    let r = 0;
    for (let k = 0; k < months.count; k++) {
      const m = months.first + k;
      for (let n = 0; n < (byMonth[k] ?? 0); n++, r++) {
        const amount = amounts[r] ?? 0;
        directByMonth[k] = (directByMonth[k] ?? 0) + amount;
        emit(
          {
            kind: "DIRECT",
            departmentId: dept.id,
            contractId: c.id,
            payerSupplierId: null,
            payeeSupplierId: c.leadId,
            paidOn: isoDate(payDay(rng, m, c.start, ctx.asOf)),
            amount: penceToDecimal(amount),
            description: `${c.reference}: services for ${label(m)}`,
            expenseType: rng.pick(expenseTypes),
            expenseArea: rng.pick(dept.expenseAreas),
          },
          n > 0 && rng.chance(0.05),
        );
      }
    }

    c.members.forEach((member, j) => {
      const memberRows = plan.indirect[i]?.[j] ?? 0;
      if (memberRows === 0) return;
      const eligible = memberMonths(member, months, byMonth);
      const base = eligible.reduce((s, k) => s + (directByMonth[k] ?? 0), 0);
      const owed = Math.round((base * member.pledgeBp * member.deliveryFactor) / 10_000);
      const perMonth = directRowsByMonth(memberRows, { first: 0, count: eligible.length });
      const slots: number[] = [];
      eligible.forEach((k, e) => {
        for (let n = 0; n < (perMonth[e] ?? 0); n++) slots.push(k);
      });
      const parts = allocate(
        owed,
        slots.map((k) => (directByMonth[k] ?? 0) * rng.float(0.7, 1.3)),
      );
      slots.forEach((k, s) => {
        const amount = parts[s] ?? 0;
        if (amount <= 0) return;
        const m = months.first + k;
        emit(
          {
            kind: "INDIRECT",
            departmentId: dept.id,
            contractId: c.id,
            payerSupplierId: c.leadId,
            payeeSupplierId: member.supplierId,
            paidOn: isoDate(payDay(rng, m, maxDate(c.start, member.joinedOn), ctx.asOf, member.leftOn)),
            amount: penceToDecimal(amount),
            description: `${c.reference}: subcontract (${member.role}) for ${label(m)}`,
            expenseType: "Subcontractor payment",
            expenseArea: "Supply chain",
          },
          false,
        );
      });
    });

    await group.flushIfFull();
    if (serial - lastLogged >= 100_000) {
      lastLogged = serial;
      ctx.log(`  spend rows ${serial}/${ctx.options.spendRows}`);
    }
  }
  await group.flushAll();
  return written;
}

/** A payment day in the month: from the 3rd (or the start date) to the 26th, before the demo's date (and before a member left). */
function payDay(rng: Rng, month: number, notBefore: Date, asOf: Date, leftOn: Date | null = null): Date {
  const first = monthStart(month);
  const lo = maxDate(addDays(first, 2), notBefore);
  const hi = minDate(minDate(addDays(first, LAST_PAY_DAY - 1), addDays(asOf, -1)), addDays(leftOn ?? asOf, -1));
  return addDays(lo, rng.int(0, Math.max(0, daysBetween(lo, hi))));
}
