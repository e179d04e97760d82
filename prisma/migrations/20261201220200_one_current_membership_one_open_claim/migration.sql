-- Rules that must hold under concurrent requests, held by the database itself (the actions also check them
-- under a lock, to answer with a message).

-- Duplicates written before the rule existed (parallel requests): the earliest stays, the later ones end the
-- day they began (current memberships) or are rejected as duplicates (open lot claims).
UPDATE "PartnershipMember" m SET "leftOn" = m."joinedOn"
WHERE m."leftOn" IS NULL AND EXISTS (
  SELECT 1 FROM "PartnershipMember" e
  WHERE e."contractId" = m."contractId" AND e."supplierId" = m."supplierId" AND e."leftOn" IS NULL AND e.id < m.id
);
UPDATE "LotMembership" c SET status = 'REJECTED', "rejectionReason" = 'Duplicate of an earlier open claim for the same lot.'
WHERE c.status = 'CLAIMED' AND EXISTS (
  SELECT 1 FROM "LotMembership" e
  WHERE e."supplierId" = c."supplierId" AND e."lotId" = c."lotId" AND e.status = 'CLAIMED' AND e.id < c.id
);

-- One current membership per supplier per contract.
CREATE UNIQUE INDEX "PartnershipMember_one_current_per_supplier" ON "PartnershipMember"("contractId", "supplierId") WHERE "leftOn" IS NULL;
-- One open (unverified) claim per supplier and lot.
CREATE UNIQUE INDEX "LotMembership_one_open_claim" ON "LotMembership"("supplierId", "lotId") WHERE status = 'CLAIMED';
-- Pledged shares are percentages.
ALTER TABLE "PartnershipMember" ADD CONSTRAINT "PartnershipMember_pledgedSharePercent_range" CHECK ("pledgedSharePercent" >= 0 AND "pledgedSharePercent" <= 100);
