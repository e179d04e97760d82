// A release's tender lots, awards (each supplier once) and contracts, read in that order. Pure: problems
// and warnings are pushed to the lists given, each with its JSON path (`at` is the release's own).
import { normaliseSupplierName } from "@/lib/suppliers/normalise-name";
import { array, idText, isObject, organisation, period, text, ukDate, valueAmount, type Json } from "./read-parts";
import type { OcdsAwardFacts, OcdsContractFacts, OcdsIssue, OcdsLotFacts, OcdsOrganisation } from "./release-facts";

export function readLots(tender: Json, at: string, problems: OcdsIssue[], warnings: OcdsIssue[]): OcdsLotFacts[] {
  return array(tender.lots)
    .filter(isObject)
    .flatMap((l, j) => {
      const id = idText(l.id);
      return id
        ? [
            {
              id,
              title: text(l.title),
              value: valueAmount(l.value, `${at}.tender.lots[${j}].value`, problems, warnings),
            },
          ]
        : [];
    });
}

export function readAwards(
  raw: Json,
  tender: Json,
  parties: Map<string, Json>,
  at: string,
  problems: OcdsIssue[],
  warnings: OcdsIssue[],
): OcdsAwardFacts[] {
  return array(raw.awards).flatMap((a, j): OcdsAwardFacts[] => {
    const path = `${at}.awards[${j}]`;
    if (!isObject(a)) return [];
    const suppliers = onceEach(
      array(a.suppliers).map((s, k) => organisation(parties, s, `${path}.suppliers[${k}].id`, problems)),
      path,
      warnings,
    );
    const value = valueAmount(a.value, `${path}.value`, problems, warnings);
    const awardId = idText(a.id);
    if (!awardId) problems.push({ path: `${path}.id`, message: "An award without an id" });
    return awardId
      ? [
          {
            awardId,
            path,
            status: text(a.status),
            title: text(a.title),
            value,
            date: ukDate(a.date),
            period: period(a.contractPeriod) ?? period(tender.contractPeriod),
            suppliers,
            relatedLots: array(a.relatedLots).flatMap((l) => idText(l) ?? []),
          },
        ]
      : [];
  });
}

export function readContracts(
  raw: Json,
  at: string,
  problems: OcdsIssue[],
  warnings: OcdsIssue[],
): OcdsContractFacts[] {
  return array(raw.contracts).flatMap((c, j): OcdsContractFacts[] => {
    const path = `${at}.contracts[${j}]`;
    if (!isObject(c)) return [];
    const value = valueAmount(c.value, `${path}.value`, problems, warnings);
    const contractId = idText(c.id);
    if (!contractId) problems.push({ path: `${path}.id`, message: "A contract without an id" });
    return contractId
      ? [
          {
            contractId,
            path,
            awardId: idText(c.awardID),
            title: text(c.title),
            value,
            period: period(c.period),
            dateSigned: ukDate(c.dateSigned),
            status: text(c.status),
          },
        ]
      : [];
  });
}

/**
 * An award can name one organisation twice (the same party id, or two parties of the same name
 * with no Companies House numbers that differ): it is one supplier, counted once, and said so.
 */
function onceEach(named: (OcdsOrganisation | null)[], path: string, warnings: OcdsIssue[]): OcdsOrganisation[] {
  const kept: OcdsOrganisation[] = [];
  named.forEach((org, k) => {
    if (!org) return;
    const same = kept.find(
      (o) =>
        o.partyId === org.partyId ||
        (o.companiesHouseNumber !== null && o.companiesHouseNumber === org.companiesHouseNumber) ||
        (normaliseSupplierName(o.name) === normaliseSupplierName(org.name) &&
          (o.companiesHouseNumber ?? org.companiesHouseNumber) ===
            (org.companiesHouseNumber ?? o.companiesHouseNumber)),
    );
    if (same)
      warnings.push({ path: `${path}.suppliers[${k}]`, message: "A supplier named twice on one award: recorded once" });
    else kept.push(org);
  });
  return kept;
}
