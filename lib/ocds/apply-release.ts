// Applies one OCDS release to the register inside the import's transaction: the buyer becomes (or
// matches) a Department, the awarded supplier a Supplier (GB-COH -> Companies House number), and the
// award and contract the Contract with that ocid. Only fields the release carries are changed.
import type { Prisma, ProcurementMethod, RouteToMarket, ContractStatus } from "@prisma/client";
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import type { OcdsIssue, OcdsOrganisation, OcdsReleaseFacts } from "./read-package";

type Tx = Prisma.TransactionClient;

function routeToMarket(method: ProcurementMethod | null, details: string | null): RouteToMarket {
  if (details && /framework|call[- ]?off|dynamic purchasing/i.test(details)) return "FRAMEWORK_CALL_OFF";
  if (method === "SELECTIVE") return "RESTRICTED";
  if (method === "LIMITED" || method === "DIRECT") return "DIRECT_AWARD";
  return "OPEN";
}

function contractStatus(status: string | null, endDate: Date | null): ContractStatus | undefined {
  switch (status) {
    case "pending": return "PLANNED";
    case "active": return "ACTIVE";
    case "cancelled": return "CANCELLED";
    case "terminated": return endDate && endDate < new Date() ? "EXPIRED" : "TERMINATED";
    default: return undefined;
  }
}

async function department(tx: Tx, buyer: NonNullable<OcdsReleaseFacts["buyer"]>) {
  const found = await tx.department.findFirst({ where: { name: { equals: buyer.name, mode: "insensitive" } } });
  if (found) return { department: found, created: false };
  const created = await tx.department.create({
    data: { name: buyer.name, identifier: buyer.identifier, type: /\bNHS\b/.test(buyer.name) ? "NHS" : "CENTRAL_GOVERNMENT" },
  });
  return { department: created, created: true };
}

async function supplier(tx: Tx, org: OcdsOrganisation) {
  if (org.companiesHouseNumber) {
    const byNumber = await tx.supplier.findUnique({ where: { companiesHouseNumber: org.companiesHouseNumber } });
    if (byNumber) return { supplier: byNumber, created: false };
  }
  const key = normaliseSupplierName(org.name);
  const alias = await tx.supplierAlias.findUnique({ where: { normalisedName: key }, include: { supplier: true } });
  if (alias) return { supplier: alias.supplier, created: false };
  const byName = await tx.supplier.findMany({ where: { normalisedName: key }, take: 2 });
  if (byName.length === 1 && !(org.companiesHouseNumber && byName[0]!.companiesHouseNumber)) return { supplier: byName[0]!, created: false };
  const created = await tx.supplier.create({
    data: {
      legalName: org.name,
      normalisedName: key,
      companiesHouseNumber: org.companiesHouseNumber,
      otherIdentifiers: org.identifiers.filter((x) => x.scheme !== "GB-COH"),
    },
  });
  return { supplier: created, created: true };
}

export type ApplyOutcome = { contractId: string | null; action: "created" | "updated" | "recorded"; warnings: OcdsIssue[] };

export async function applyRelease(tx: Tx, release: OcdsReleaseFacts, at: string): Promise<ApplyOutcome> {
  const warnings: OcdsIssue[] = [];
  const existing = await tx.contract.findUnique({ where: { ocid: release.ocid } });
  const award = release.award;
  const period = release.contract?.period ?? award?.period ?? null;
  const awardValue = award?.value ?? release.contract?.value ?? null;
  const lead = award?.supplier ? (await supplier(tx, award.supplier)).supplier : null;
  const method = release.procurementMethod;
  const fields = {
    ...(release.title ? { title: release.title } : {}),
    ...(release.description ? { description: release.description } : {}),
    ...(method ? { procurementMethod: method, routeToMarket: routeToMarket(method, release.procurementMethodDetails) } : {}),
    ...(release.numberOfTenderers !== null ? { numberOfTenderers: release.numberOfTenderers } : {}),
    ...(lead ? { leadPartnerId: lead.id } : {}),
    ...(period?.startDate ? { startDate: period.startDate } : {}),
    ...(period?.endDate ? { endDate: period.endDate } : {}),
    ...(release.contract?.value ? { currentValue: release.contract.value } : {}),
  };
  const status = contractStatus(release.contract?.status ?? null, period?.endDate ?? null);

  if (existing) {
    const updated = await tx.contract.update({
      where: { id: existing.id },
      data: { ...fields, ...(award?.value ? { awardValue: award.value } : {}), ...(status ? { status } : {}), version: { increment: 1 } },
    });
    return { contractId: updated.id, action: "updated", warnings };
  }
  if (!release.buyer || !lead || !awardValue) {
    warnings.push({ path: at, message: "No buyer, awarded supplier or value yet: release recorded, no contract created" });
    return { contractId: null, action: "recorded", warnings };
  }
  const { department: buyer } = await department(tx, release.buyer);
  const awardDate = award?.date ?? release.contract?.dateSigned ?? release.date;
  const startDate = period?.startDate ?? awardDate;
  const created = await tx.contract.create({
    data: {
      ocid: release.ocid,
      departmentId: buyer.id,
      title: release.title ?? release.ocid,
      description: release.description,
      procurementMethod: method ?? "OPEN",
      routeToMarket: routeToMarket(method, release.procurementMethodDetails),
      numberOfTenderers: release.numberOfTenderers,
      leadPartnerId: lead.id,
      awardValue,
      currentValue: release.contract?.value ?? awardValue,
      awardDate,
      startDate,
      endDate: period?.endDate ?? startDate,
      status: status ?? "ACTIVE",
    },
  });
  if (!period?.endDate) warnings.push({ path: `${at}.contracts[0].period.endDate`, message: "No contract end date: the start date is used until a later release gives one" });
  return { contractId: created.id, action: "created", warnings };
}
