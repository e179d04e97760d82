// An award that sets up a framework agreement or dynamic purchasing system with several suppliers
// becomes a buyer-run Framework (one per contracting process, keyed by its ocid), the award a Lot
// of it, and each supplier named on the award a verified, dated LotMembership: call-offs under it
// are then checked like call-offs under a Crown Commercial Service lot. OCDS merges an award's
// suppliers by id, so a later release adds members and leaving one out removes none.
import type { Prisma } from "@prisma/client";
import { ukCalendarDate } from "@/lib/dates/uk-date";
import type { ImportTally, ProcessFacts } from "./import-tally";
import { findOrCreateSupplier } from "./record-parties";
import type { OcdsAwardFacts, OcdsReleaseFacts } from "./release-facts";

type Tx = Prisma.TransactionClient;

export async function recordFrameworkAward(
  tx: Tx,
  release: OcdsReleaseFacts,
  award: OcdsAwardFacts,
  departmentId: string,
  process: ProcessFacts,
  tally: ImportTally,
): Promise<string> {
  const start = award.period?.startDate ?? award.date ?? ukCalendarDate(release.date);
  const end = award.period?.endDate ?? null;
  const name = process.title ?? award.title ?? release.ocid;
  let framework = await tx.framework.findUnique({ where: { ocid: release.ocid } });
  const created = !framework;
  if (!framework) {
    framework = await tx.framework.create({
      data: {
        rmNumber: release.ocid,
        ocid: release.ocid,
        name,
        buyerDepartmentId: departmentId,
        startDate: start,
        endDate: end ?? start,
      },
    });
    if (!end)
      tally.warnings.push({
        path: `${award.path}.contractPeriod.endDate`,
        message: "No framework end date: the start date is used until a later release gives one",
      });
  } else {
    const startDate = start < framework.startDate ? start : framework.startDate;
    const endDate = end && end > framework.endDate ? end : framework.endDate;
    if (
      name !== framework.name ||
      startDate.getTime() !== framework.startDate.getTime() ||
      endDate.getTime() !== framework.endDate.getTime()
    ) {
      framework = await tx.framework.update({ where: { id: framework.id }, data: { name, startDate, endDate } });
    }
  }
  tally.framework(created, { id: framework.id, label: `${framework.name} (${release.ocid})` });

  // One lot per award: the lot it names (Find a Tender's relatedLots), or the award itself.
  const number = award.relatedLots.length > 0 ? award.relatedLots.join(", ") : award.awardId;
  const lotTitle =
    release.lots.find((l) => award.relatedLots.includes(l.id))?.title ?? award.title ?? `Award ${award.awardId}`;
  const lot = await tx.lot.upsert({
    where: { frameworkId_number: { frameworkId: framework.id, number } },
    create: { frameworkId: framework.id, number, name: lotTitle, ocdsAwardId: award.awardId, awardValue: award.value },
    update: {
      name: lotTitle,
      ocdsAwardId: award.awardId,
      ...(award.value !== null ? { awardValue: award.value } : {}),
    },
  });
  tally.lotIds.add(lot.id);

  for (const org of award.suppliers) {
    const found = await findOrCreateSupplier(tx, org, { departmentId, releaseId: release.releaseId }, tally);
    // Waiting in the match queue: the package is not applied (the import rolls back).
    if (!found) continue;
    const membership = await tx.lotMembership.findFirst({
      where: { lotId: lot.id, supplierId: found.record.id, status: { not: "REJECTED" } },
    });
    if (!membership) {
      await tx.lotMembership.create({
        data: {
          lotId: lot.id,
          supplierId: found.record.id,
          startDate: start,
          endDate: end,
          status: "VERIFIED",
          verifiedAt: new Date(),
        },
      });
    } else if (membership.startDate.getTime() !== start.getTime() || membership.endDate?.getTime() !== end?.getTime()) {
      await tx.lotMembership.update({ where: { id: membership.id }, data: { startDate: start, endDate: end } });
    }
  }
  return lot.id;
}
