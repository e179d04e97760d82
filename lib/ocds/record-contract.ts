// One contract of a contracting process, as the latest release gives it: keyed by ocid + the OCDS
// contract's id (or its award's, while the release has no contract for the award). The award value
// comes from the award, the current value from the contract (the award's until a contract states
// one). Each change a later release makes is an Amendment citing that release.
import type { ContractStatus, Prisma, RouteToMarket } from "@prisma/client";
import { ukCalendarDate } from "@/lib/dates/uk-date";
import { contractValues } from "./award-value";
import { contractChanges, memberChanges, type ContractFields } from "./contract-changes";
import type { ImportTally, ProcessFacts } from "./import-tally";
import { findOrCreateSupplier } from "./record-parties";
import type { OcdsAwardFacts, OcdsContractFacts, OcdsMethod, OcdsReleaseFacts } from "./release-facts";

type Tx = Prisma.TransactionClient;
export type ContractUnit = { key: string; award: OcdsAwardFacts; contract: OcdsContractFacts | null };

export const JOINT_SUPPLIER_ROLE = "Joint supplier (named on the award)";

export function routeToMarket(method: OcdsMethod | null, details: string | null): RouteToMarket {
  const d = details ?? "";
  if (/framework|call[- ]?off|dynamic purchasing/i.test(d)) return "FRAMEWORK_CALL_OFF";
  if (method === "SELECTIVE" || /restricted/i.test(d)) return "RESTRICTED";
  if (method === "LIMITED" || method === "DIRECT" || /direct award|single tender/i.test(d)) return "DIRECT_AWARD";
  if (method === "OPEN" || /\bopen\b/i.test(d)) return "OPEN";
  return "NOT_STATED";
}

function status(unit: ContractUnit, endDate: Date): ContractStatus | null {
  switch (unit.contract?.status ?? unit.award.status) {
    case "pending":
      return "PLANNED";
    case "active":
      return "ACTIVE";
    case "cancelled":
    case "unsuccessful":
      return "CANCELLED";
    case "terminated":
      return endDate < new Date() ? "EXPIRED" : "TERMINATED";
    default:
      return null;
  }
}

async function findExisting(tx: Tx, release: OcdsReleaseFacts, unit: ContractUnit) {
  const ocid = release.ocid;
  const byKey = await tx.contract.findUnique({ where: { ocid_ocdsContractId: { ocid, ocdsContractId: unit.key } } });
  if (byKey) return byKey;
  // The award's stand-in becomes the contract once a release gives the contract itself (unless a
  // contract of the release has the award's id: Find a Tender numbers both 1, 2, 3...).
  if (unit.contract && !release.contracts.some((c) => c.contractId === unit.award.awardId)) {
    const byAward = await tx.contract.findUnique({
      where: { ocid_ocdsContractId: { ocid, ocdsContractId: unit.award.awardId } },
    });
    if (byAward && (byAward.ocdsAwardId ?? unit.award.awardId) === unit.award.awardId) return byAward;
  }
  // A contract imported before processes could hold several.
  return tx.contract.findFirst({ where: { ocid, ocdsContractId: null } });
}

export async function recordContract(
  tx: Tx,
  release: OcdsReleaseFacts,
  unit: ContractUnit,
  departmentId: string,
  process: ProcessFacts,
  tally: ImportTally,
): Promise<string | null> {
  const path = unit.contract?.path ?? unit.award.path;
  const existing = await findExisting(tx, release, unit);
  const values = contractValues(release, unit, existing, tally);
  if (!values) return null;
  const suppliers: { id: string; legalName: string }[] = [];
  let waiting = false;
  for (const org of unit.award.suppliers) {
    const found = await findOrCreateSupplier(tx, org, { departmentId, releaseId: release.releaseId }, tally);
    if (!found) waiting = true;
    else if (!suppliers.some((s) => s.id === found.record.id)) suppliers.push(found.record);
  }
  // A supplier waits in the match queue: the package is not applied (the import rolls back), so no contract.
  if (waiting) return null;
  const [lead, ...joint] = suppliers;
  if (!lead) {
    tally.warnings.push({
      path: `${unit.award.path}.suppliers`,
      message: "An award naming no supplier: no contract recorded",
    });
    return null;
  }
  const period = unit.contract?.period ?? unit.award.period;
  const awardDate = unit.award.date ?? unit.contract?.dateSigned ?? existing?.awardDate ?? ukCalendarDate(release.date);
  const startDate = period?.startDate ?? existing?.startDate ?? awardDate;
  if (!period?.endDate && !existing)
    tally.warnings.push({
      path: `${path}.period.endDate`,
      message: "No contract end date: the start date is used until a later release gives one",
    });
  const endDate = period?.endDate ?? existing?.endDate ?? startDate;
  const desired: ContractFields = {
    ocdsContractId: unit.key,
    ocdsAwardId: unit.award.awardId,
    title: process.title ?? unit.award.title ?? release.ocid,
    description: process.description,
    procurementMethod: process.method,
    routeToMarket: routeToMarket(process.method, process.methodDetails),
    numberOfTenderers: process.tenderers,
    leadPartnerId: lead.id,
    ...values,
    awardDate,
    startDate,
    endDate,
    status: status(unit, endDate) ?? existing?.status ?? "ACTIVE",
  };
  const label = (id: string) => ({
    id,
    label: desired.title === release.ocid ? release.ocid : `${desired.title} (${unit.key})`,
  });

  if (!existing) {
    const created = await tx.contract.create({ data: { ...desired, ocid: release.ocid, departmentId } });
    if (joint.length > 0) {
      await tx.partnershipMember.createMany({
        data: joint.map((s) => ({
          contractId: created.id,
          supplierId: s.id,
          role: JOINT_SUPPLIER_ROLE,
          pledgedSharePercent: 0,
          joinedOn: startDate,
        })),
      });
    }
    tally.contract("created", label(created.id));
    return created.id;
  }

  const current = await tx.partnershipMember.findMany({
    where: { contractId: existing.id, role: JOINT_SUPPLIER_ROLE, leftOn: null },
  });
  const changes = contractChanges(existing, desired);
  // OCDS merges an award's suppliers by id: a later release adds suppliers, leaving one out removes none.
  const members = memberChanges(
    current.map((m) => m.supplierId),
    joint.map((s) => s.id),
  );
  if (changes.data === null && members.added.length === 0) {
    tally.contract("unchanged", label(existing.id));
    return existing.id;
  }
  const on = ukCalendarDate(release.date);
  if (changes.data)
    await tx.contract.update({ where: { id: existing.id }, data: { ...changes.data, version: { increment: 1 } } });
  for (const supplierId of members.added)
    await tx.partnershipMember.create({
      data: { contractId: existing.id, supplierId, role: JOINT_SUPPLIER_ROLE, pledgedSharePercent: 0, joinedOn: on },
    });
  const amendments = [
    ...changes.amendments,
    ...(members.added.length > 0
      ? [
          {
            kind: "MEMBER_ADDED" as const,
            rationale: `${members.added.length} supplier(s) added to the award`,
            valueChange: "0",
            newEndDate: null,
          },
        ]
      : []),
  ];
  for (const a of amendments) {
    const row = await tx.amendment.create({
      data: {
        ...a,
        contractId: existing.id,
        date: on,
        rationale: `Release ${release.releaseId}: ${a.rationale}`,
        sourceReleaseId: release.releaseId,
      },
    });
    tally.amendmentIds.push(row.id);
  }
  tally.contract("updated", label(existing.id));
  return existing.id;
}
