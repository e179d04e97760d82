-- The change ledger (amendments with their legal ground, connected changes and contract endings), the awarded
-- end date and procurement category of each contract, performance failures, and Procurement Act 2023 notices.
-- Existing rows are mapped, nothing is dropped.

CREATE TYPE "ProcurementCategory" AS ENUM ('GOODS', 'SERVICES', 'WORKS');
CREATE TYPE "ChangeGround" AS ENUM ('PROVIDED_FOR_IN_CONTRACT', 'URGENCY', 'KNOWN_RISK', 'ADDITIONAL_SUPPLY', 'UNFORESEEABLE_CIRCUMSTANCES', 'CORPORATE_RESTRUCTURING', 'NOT_SUBSTANTIAL', 'BELOW_THRESHOLD', 'NOT_RECORDED');
CREATE TYPE "PerformanceFailureKind" AS ENUM ('BREACH', 'FAILURE_TO_IMPROVE');
CREATE TYPE "NoticeType" AS ENUM ('UK1', 'UK7', 'UK9', 'UK10', 'UK11');
CREATE TYPE "NoticeStatus" AS ENUM ('DRAFT', 'APPROVED', 'PUBLISHED');

-- Contracts: category (technology contracts are services) and the end date as awarded.
ALTER TABLE "Contract" ADD COLUMN "category" "ProcurementCategory" NOT NULL DEFAULT 'SERVICES';
ALTER TABLE "Contract" ADD COLUMN "awardedEndDate" DATE;

-- Amendments become the change ledger.
ALTER TABLE "Amendment" ADD COLUMN "legalGround" "ChangeGround" NOT NULL DEFAULT 'NOT_RECORDED';
ALTER TABLE "Amendment" ADD COLUMN "connectedToId" TEXT;
ALTER TABLE "Amendment" ADD COLUMN "endsContract" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Amendment" ADD COLUMN "supplierId" TEXT;
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_connectedToId_fkey" FOREIGN KEY ("connectedToId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "Amendment_connectedToId_idx" ON "Amendment"("connectedToId");

-- The records closeContract wrote ("Closed (terminated): ...") and the demo's break-clause terminations end
-- the contract: they are not modifications.
UPDATE "Amendment" SET "endsContract" = true
 WHERE "kind" = 'OTHER' AND ("rationale" LIKE 'Closed (%' OR "rationale" LIKE 'Terminated early by the authority%');

-- Suppliers added or removed: the member named at the start of the record ("X joined ...", "X left ...").
UPDATE "Amendment" a SET "supplierId" = m."supplierId"
  FROM "PartnershipMember" m JOIN "Supplier" s ON s."id" = m."supplierId"
 WHERE m."contractId" = a."contractId"
   AND ((a."kind" = 'MEMBER_ADDED' AND a."rationale" LIKE s."legalName" || ' joined%')
     OR (a."kind" = 'MEMBER_REMOVED' AND a."rationale" LIKE s."legalName" || ' left%'));

-- The awarded end date: the end date before the first change of term, from that change's audit event when the
-- app recorded it; the current end date when no change moved the term; otherwise unknown (NULL).
WITH first_term_change AS (
  SELECT DISTINCT ON (e."entityId") e."entityId" AS "contractId", (e."before"->>'endDate')::date AS "endDate"
    FROM "AuditEvent" e
   WHERE e."entityType" = 'Contract' AND e."action" IN ('amendment.create', 'contract.close')
     AND e."before" ? 'endDate' AND (e."after"->'amendment'->>'newEndDate' IS NOT NULL OR e."action" = 'contract.close')
   ORDER BY e."entityId", e."id"
)
UPDATE "Contract" c SET "awardedEndDate" = f."endDate" FROM first_term_change f WHERE f."contractId" = c."id";
UPDATE "Contract" c SET "awardedEndDate" = c."endDate"
 WHERE c."awardedEndDate" IS NULL
   AND NOT EXISTS (SELECT 1 FROM "Amendment" a WHERE a."contractId" = c."id" AND a."newEndDate" IS NOT NULL);

-- Every way a contract is inserted (the app, the OCDS importer, the demo seed's COPY) gets its awarded end date.
CREATE FUNCTION contract_awarded_end_date() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."awardedEndDate" IS NULL THEN
    NEW."awardedEndDate" := NEW."endDate";
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER contract_awarded_end_date BEFORE INSERT ON "Contract"
  FOR EACH ROW EXECUTE FUNCTION contract_awarded_end_date();

-- Breaches and failures to improve (UK9 within 30 days).
CREATE TABLE "PerformanceFailure" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "kind" "PerformanceFailureKind" NOT NULL,
    "foundOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PerformanceFailure_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PerformanceFailure_contractId_foundOn_idx" ON "PerformanceFailure"("contractId", "foundOn");
ALTER TABLE "PerformanceFailure" ADD CONSTRAINT "PerformanceFailure_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Notices.
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "type" "NoticeType" NOT NULL,
    "departmentId" TEXT NOT NULL,
    "contractId" TEXT,
    "amendmentId" TEXT,
    "performanceFailureId" TEXT,
    "financialYear" INTEGER,
    "obligationKey" TEXT NOT NULL,
    "dueOn" DATE,
    "rule" TEXT NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'DRAFT',
    "release" JSONB NOT NULL,
    "draftedById" TEXT NOT NULL,
    "draftedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "findATenderId" TEXT,
    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id"),
    -- Four eyes, also in the database: the approver is never the drafter.
    CONSTRAINT "Notice_four_eyes" CHECK ("approvedById" IS NULL OR "approvedById" <> "draftedById")
);
CREATE UNIQUE INDEX "Notice_obligationKey_key" ON "Notice"("obligationKey");
CREATE UNIQUE INDEX "Notice_findATenderId_key" ON "Notice"("findATenderId");
CREATE INDEX "Notice_departmentId_status_idx" ON "Notice"("departmentId", "status");
CREATE INDEX "Notice_contractId_idx" ON "Notice"("contractId");
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_performanceFailureId_fkey" FOREIGN KEY ("performanceFailureId") REFERENCES "PerformanceFailure"("id") ON DELETE SET NULL ON UPDATE CASCADE;
