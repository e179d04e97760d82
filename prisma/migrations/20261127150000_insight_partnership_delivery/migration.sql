-- Stored pledged-vs-delivered judgement per SME partnership member, kept current by
-- refreshSpendAggregates (lib/insight/refresh.ts) like ContractLockInScore.
-- CreateTable
CREATE TABLE "PartnershipDelivery" (
    "memberId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "leadPartnerId" TEXT NOT NULL,
    "lotId" TEXT,
    "capabilityId" TEXT,
    "pledgedSharePercent" DECIMAL(5,2) NOT NULL,
    "received" DECIMAL(18,2) NOT NULL,
    "contractSpend" DECIMAL(18,2) NOT NULL,
    "tokenism" BOOLEAN NOT NULL,
    "shortfall" DECIMAL(65,30) NOT NULL,
    "anyTokenism" BOOLEAN NOT NULL,
    "worstShortfall" DECIMAL(65,30) NOT NULL,

    CONSTRAINT "PartnershipDelivery_pkey" PRIMARY KEY ("memberId")
);

-- CreateIndex
CREATE INDEX "PartnershipDelivery_departmentId_anyTokenism_worstShortfall_idx" ON "PartnershipDelivery"("departmentId", "anyTokenism" DESC, "worstShortfall" DESC, "contractId");

-- CreateIndex
CREATE INDEX "PartnershipDelivery_anyTokenism_worstShortfall_contractId_idx" ON "PartnershipDelivery"("anyTokenism" DESC, "worstShortfall" DESC, "contractId");

-- CreateIndex
CREATE INDEX "PartnershipDelivery_contractId_idx" ON "PartnershipDelivery"("contractId");
