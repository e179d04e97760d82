// UK10 contract change notices (s.75, reg 40): the change, its legal ground, the contract's value and term
// after it, suppliers added or removed; a change not yet in effect is a proposed amendment (UK extension).
import { Decimal } from "decimal.js";
import { inLedgerOrder } from "@/lib/changes/change-rule";
import { CHANGE_GROUND_LABELS } from "@/lib/changes/grounds";
import { CHANGE_KIND_LABELS, changeKindsOf } from "@/lib/changes/ledger";
import { awardId, contractBase, contractId, day, gbp, noticeDocument, partyId } from "./common";
import type { NoticeContract, NoticeSubject } from "./source";

export function buildUk10(c: NoticeContract, subject: NoticeSubject) {
  const base = contractBase(c, subject.obligationKey, subject.draftedAt, ["contractAmendment"]);
  const ledger = inLedgerOrder(c.changes.filter((x) => !x.endsContract));
  const at = ledger.findIndex((x) => x.id === subject.amendmentId);
  const change = ledger[at];
  if (!change) throw new Error(`No change ${subject.amendmentId} on contract ${c.id}`);
  const upTo = ledger.slice(0, at + 1);
  const value = upTo.reduce((sum, x) => sum.plus(x.valueChange.toString()), new Decimal(c.awardValue.toString()));
  const endDate = upTo.reduce<Date>((end, x) => x.newEndDate ?? end, c.awardedEndDate ?? c.endDate);
  const supplier = change.supplierName
    ? [
        {
          id: partyId({
            id: change.supplierId ?? "",
            legalName: change.supplierName,
            companiesHouseNumber: change.supplierCompaniesHouseNumber,
          }),
          name: change.supplierName,
        },
      ]
    : [];
  const amendment = {
    id: change.id,
    date: day(change.date),
    rationale: change.rationale,
    description: changeKindsOf(change)
      .map((k) => CHANGE_KIND_LABELS[k])
      .join(", "),
    rationaleClassifications: [{ id: change.legalGround, description: CHANGE_GROUND_LABELS[change.legalGround] }],
    value: gbp(value.toFixed(2)),
    period: { startDate: day(c.startDate), endDate: day(endDate) },
    standstill: false,
    ...(change.kind === "MEMBER_ADDED" ? { suppliersAdded: supplier } : {}),
    ...(change.kind === "MEMBER_REMOVED" ? { suppliersRemoved: supplier } : {}),
  };
  const inEffect = change.date <= subject.draftedAt;
  return {
    ...base,
    contracts: [
      {
        id: contractId(c),
        awardID: awardId(c),
        title: c.title,
        status: "active",
        ...(inEffect ? { amendments: [amendment] } : { proposedAmendments: [amendment] }),
        documents: [noticeDocument("UK10", "contractNotice", `Contract change notice: ${c.title}`, subject.draftedAt)],
      },
    ],
  };
}
