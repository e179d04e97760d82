import "server-only";
// Finds a duty (a notice owed) for the caller, recomputed on the server at the moment of drafting: the client
// names the duty, never its deadline or its content.
import type { Prisma } from "@prisma/client";
import { forbidden } from "next/navigation";
import type { Caller } from "@/lib/access/caller";
import { contractScope, departmentScope } from "@/lib/access/scope";
import { MIN_KPIS, kpiRequirement } from "@/lib/contracts/kpi-rules";
import { RuleError } from "@/lib/contracts/write-access";
import { financialYearOf } from "./calendar";
import { contractObligations, type NoticeFact, type Obligation } from "./obligations";
import { expectedSpendInYear, pipelineContracts, pipelineObligation } from "./pipeline";
import { buildUk1 } from "./releases/pipeline-notice";
import { contractNoticeRelease } from "./releases/generate";
import { listPipelineContracts, loadNoticeContract, toObligationContract } from "./source";
import { ukCalendarDate } from "@/lib/dates/uk-date";

type Tx = Prisma.TransactionClient;
export type DutyToDraft = { duty: Obligation; departmentId: string; release: object };

const NOT_OWED = "This notice is not owed now (the register changed since the page was opened): reload the page.";

const noticeFacts = (tx: Tx, where: Prisma.NoticeWhereInput): Promise<NoticeFact[]> =>
  tx.notice.findMany({ where, select: { id: true, obligationKey: true, type: true, status: true, publishedAt: true } });

export async function dutyToDraft(
  tx: Tx,
  caller: Caller,
  input: { obligationKey: string; contractId?: string; departmentId?: string },
  now: Date,
): Promise<DutyToDraft> {
  if (input.obligationKey.startsWith("UK1:")) {
    const department = input.departmentId
      ? await tx.department.findFirst({ where: { AND: [{ id: input.departmentId }, departmentScope(caller)] } })
      : null;
    if (!department) forbidden();
    const contracts = await listPipelineContracts(tx, department.id);
    const duty = pipelineObligation(
      department,
      contracts,
      await noticeFacts(tx, { departmentId: department.id, type: "UK1" }),
      now,
    );
    if (!duty || duty.key !== input.obligationKey) throw new RuleError(NOT_OWED);
    const year = financialYearOf(ukCalendarDate(now));
    const release = buildUk1(
      {
        department,
        financialYear: year,
        expectedSpend: expectedSpendInYear(contracts, year),
        contracts: pipelineContracts(contracts, year),
      },
      duty.key,
      now,
    );
    return { duty, departmentId: department.id, release };
  }
  const contract = input.contractId
    ? await loadNoticeContract(tx, { AND: [{ id: input.contractId }, contractScope(caller)] })
    : null;
  if (!contract) forbidden();
  const duties = contractObligations(
    toObligationContract(contract),
    await noticeFacts(tx, { contractId: contract.id }),
    now,
  );
  const duty = duties.find((d) => d.key === input.obligationKey);
  if (!duty) throw new RuleError(NOT_OWED);
  if (duty.type === "UK7") refuseWithoutKpis(contract);
  return { duty, departmentId: contract.department.id, release: contractNoticeRelease(contract, duty, now) };
}

/** s.52: a contract over £5m publishes at least three KPIs in its UK7, or the reason it has none. */
function refuseWithoutKpis(contract: {
  currentValue: { toString(): string };
  kpis: unknown[];
  kpiExemptionReason: string | null;
}) {
  const requirement = kpiRequirement({
    value: contract.currentValue,
    kpiCount: contract.kpis.length,
    exemptionReason: contract.kpiExemptionReason,
  });
  if (requirement === "missing")
    throw new RuleError(
      `This contract is over £5m, so its contract details notice must give at least ${MIN_KPIS} KPIs; it has ${contract.kpis.length}. Add KPIs on the contract page, or record why it has fewer, then draft the notice.`,
    );
}
