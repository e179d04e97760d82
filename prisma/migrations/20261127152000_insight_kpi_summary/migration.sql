-- Stored KPI summary per contract (KPIs, latest assessment, latest rating counts) for the KPI ratings and
-- overdue-assessment dashboards; and a first-member flag so partnerships are counted without DISTINCT.
-- Both kept current by refreshSpendAggregates (lib/insight/refresh.ts).
-- CreateTable
CREATE TABLE "ContractKpiSummary" (
    "contractId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "kpis" INTEGER NOT NULL,
    "lastAssessedOn" DATE,
    "good" INTEGER NOT NULL,
    "approachingTarget" INTEGER NOT NULL,
    "requiresImprovement" INTEGER NOT NULL,
    "inadequate" INTEGER NOT NULL,
    "other" INTEGER NOT NULL,

    CONSTRAINT "ContractKpiSummary_pkey" PRIMARY KEY ("contractId")
);

-- CreateIndex
CREATE INDEX "ContractKpiSummary_departmentId_idx" ON "ContractKpiSummary"("departmentId");

-- AlterTable
ALTER TABLE "PartnershipDelivery" ADD COLUMN "firstMember" BOOLEAN NOT NULL DEFAULT false;
