-- CreateTable
CREATE TABLE "StagedSpendRow" (
    "id" BIGSERIAL NOT NULL,
    "importId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "amount" DECIMAL(16,2) NOT NULL,
    "supplierName" TEXT NOT NULL,
    "supplierKey" TEXT NOT NULL,
    "companiesHouseNumber" TEXT,
    "description" TEXT,
    "expenseType" TEXT,
    "expenseArea" TEXT,
    "transactionNumber" TEXT,
    "contractReference" TEXT,
    "baseFingerprint" TEXT NOT NULL,

    CONSTRAINT "StagedSpendRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StagedSpendRow_importId_supplierKey_idx" ON "StagedSpendRow"("importId", "supplierKey");

-- AddForeignKey
ALTER TABLE "StagedSpendRow" ADD CONSTRAINT "StagedSpendRow_importId_fkey" FOREIGN KEY ("importId") REFERENCES "Import"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Staged rows live for the length of an import: no write-ahead log for them (a crash loses only
-- imports in progress, which are uploaded again).
ALTER TABLE "StagedSpendRow" SET UNLOGGED;
