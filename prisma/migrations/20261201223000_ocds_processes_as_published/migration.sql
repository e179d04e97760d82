-- A contracting process (ocid) can hold several contracts: an imported contract is keyed by
-- ocid + its OCDS contract id (or its award's id).
DROP INDEX IF EXISTS "Contract_ocid_key";
ALTER TABLE "Contract" ADD COLUMN "ocdsContractId" TEXT;
ALTER TABLE "Contract" ADD COLUMN "ocdsAwardId" TEXT;
CREATE UNIQUE INDEX "Contract_ocid_ocdsContractId_key" ON "Contract"("ocid", "ocdsContractId");
CREATE INDEX "Contract_ocid_idx" ON "Contract"("ocid");

-- Unknown stays unknown: a procurement method the source did not state is null, not "open".
ALTER TABLE "Contract" ALTER COLUMN "procurementMethod" DROP NOT NULL;

-- Each change an OCDS release published cites that release.
ALTER TABLE "Amendment" ADD COLUMN "sourceReleaseId" TEXT;

-- A framework agreement or DPS set up by an OCDS award: run by its buyer, one lot per award.
ALTER TABLE "Framework" ADD COLUMN "ocid" TEXT;
ALTER TABLE "Framework" ADD COLUMN "buyerDepartmentId" TEXT;
CREATE UNIQUE INDEX "Framework_ocid_key" ON "Framework"("ocid");
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_buyerDepartmentId_fkey" FOREIGN KEY ("buyerDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Lot" ADD COLUMN "ocdsAwardId" TEXT;
ALTER TABLE "Lot" ADD COLUMN "awardValue" DECIMAL(16,2);

-- What an OCDS import read and recorded, for its results page.
ALTER TABLE "Import" ADD COLUMN "summary" JSONB;

-- A route the source did not state is recorded as such, not guessed.
ALTER TYPE "RouteToMarket" ADD VALUE 'NOT_STATED';
