// Applies one OCDS release inside the import's transaction. A tender or planning release updates
// what is known of the contracting process (and its contracts already recorded) without creating
// a contract. An award release records every award: a framework or DPS award with several
// suppliers as a buyer-run framework, any other award (and each contract under it) as a contract.
import type { Prisma } from "@prisma/client";
import { ukCalendarDate } from "@/lib/dates/uk-date";
import type { ImportTally, ProcessFacts } from "./import-tally";
import { recordContract, routeToMarket, type ContractUnit } from "./record-contract";
import { recordFrameworkAward } from "./record-framework";
import { findOrCreateDepartment } from "./record-parties";
import type { OcdsReleaseFacts } from "./release-facts";

type Tx = Prisma.TransactionClient;

/** What the release says of the process, over what earlier releases said; silence keeps the earlier word. */
function processFacts(tally: ImportTally, release: OcdsReleaseFacts): ProcessFacts {
  const before = tally.processes.get(release.ocid);
  const facts: ProcessFacts = {
    title: release.title ?? before?.title ?? null,
    description: release.description ?? before?.description ?? null,
    method: release.procurementMethod ?? before?.method ?? null,
    methodDetails: release.procurementMethodDetails ?? before?.methodDetails ?? null,
    tenderers: release.numberOfTenderers ?? before?.tenderers ?? null,
    framework: release.framework || (before?.framework ?? false),
  };
  tally.processes.set(release.ocid, facts);
  return facts;
}

/** Awards with their contracts: a contract names its award (awardID); an award without one stands in for it. */
function contractUnits(
  release: OcdsReleaseFacts,
  tally: ImportTally,
  isFramework: (awardId: string) => boolean,
): ContractUnit[] {
  const units: ContractUnit[] = [];
  const only = release.awards.length === 1 ? release.awards[0] : undefined;
  for (const contract of release.contracts) {
    const award =
      release.awards.find((a) => a.awardId === contract.awardId) ?? (contract.awardId === null ? only : undefined);
    if (!award)
      tally.warnings.push({
        path: `${contract.path}.awardID`,
        message: "A contract whose award is not in the release: not recorded",
      });
    else if (isFramework(award.awardId))
      tally.warnings.push({
        path: contract.path,
        message: "A contract under a framework award: recorded as the framework, not as a call-off",
      });
    else units.push({ key: contract.contractId, award, contract });
  }
  for (const award of release.awards) {
    if (!isFramework(award.awardId) && !units.some((u) => u.award === award))
      units.push({ key: award.awardId, award, contract: null });
  }
  return units;
}

export async function applyRelease(tx: Tx, release: OcdsReleaseFacts, tally: ImportTally): Promise<string | null> {
  const process = processFacts(tally, release);
  if (release.awards.length === 0) {
    tally.processReleases += 1;
    await updateProcess(tx, release, process, tally);
    return null;
  }
  if (!release.buyer) {
    tally.warnings.push({
      path: `releases[${release.index}].buyer`,
      message: "No buyer named: the release's awards are not recorded",
    });
    return null;
  }
  const department = await findOrCreateDepartment(tx, release.buyer);
  if (department.created)
    tally.departmentsCreated.set(department.record.id, { id: department.record.id, label: department.record.name });
  const frameworkAward = (awardId: string) =>
    process.framework && (release.awards.find((a) => a.awardId === awardId)?.suppliers.length ?? 0) > 1;

  for (const award of release.awards) {
    // The value read for an award is the award's, else its contract's (as the contract records it).
    const value = award.value ?? release.contracts.find((c) => c.awardId === award.awardId && c.value)?.value ?? null;
    tally.awards.set(`${release.ocid}|${award.awardId}`, { suppliers: award.suppliers.length, value });
    if (frameworkAward(award.awardId))
      await recordFrameworkAward(tx, release, award, department.record.id, process, tally);
  }
  let firstContractId: string | null = null;
  for (const unit of contractUnits(release, tally, frameworkAward)) {
    tally.contractUnits.add(`${release.ocid}|${unit.key}`);
    const id = await recordContract(tx, release, unit, department.record.id, process, tally);
    if (id) tally.contractIds.add(id);
    firstContractId ??= id;
  }
  return firstContractId;
}

/** A tender or planning release: the process's contracts take what it states (title, method, tenderers). */
async function updateProcess(tx: Tx, release: OcdsReleaseFacts, process: ProcessFacts, tally: ImportTally) {
  const data = {
    ...(release.title ? { title: process.title! } : {}),
    ...(release.procurementMethod
      ? { procurementMethod: process.method, routeToMarket: routeToMarket(process.method, process.methodDetails) }
      : {}),
    ...(release.numberOfTenderers !== null ? { numberOfTenderers: process.tenderers } : {}),
  };
  if (Object.keys(data).length === 0) return;
  const contracts = await tx.contract.findMany({
    where: { ocid: release.ocid },
    select: { id: true, title: true, procurementMethod: true, numberOfTenderers: true, routeToMarket: true },
  });
  for (const c of contracts) {
    const changed = Object.entries(data).some(([k, v]) => (c as Record<string, unknown>)[k] !== v);
    if (!changed) continue;
    await tx.contract.update({ where: { id: c.id }, data: { ...data, version: { increment: 1 } } });
    const fields = [
      data.title && "title",
      data.procurementMethod && "procurement method",
      data.numberOfTenderers !== undefined && "number of tenderers",
    ]
      .filter(Boolean)
      .join(", ");
    const amendment = await tx.amendment.create({
      data: {
        contractId: c.id,
        kind: "OTHER",
        date: ukCalendarDate(release.date),
        rationale: `Release ${release.releaseId}: ${fields} as published`,
        sourceReleaseId: release.releaseId,
      },
    });
    tally.amendmentIds.push(amendment.id);
    tally.contract("updated", { id: c.id, label: c.title });
  }
}
