-- Stored concentration (top-5 share, HHI) of direct spend per market, for each department and for
-- every department together ('*'): the dashboards' unfiltered view. Kept current by refreshSpendAggregates.
-- CreateTable
CREATE TABLE "SpendConcentration" (
    "id" BIGSERIAL NOT NULL,
    "scope" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "marketId" TEXT,
    "total" DECIMAL(18,2) NOT NULL,
    "top5" DECIMAL(65,30) NOT NULL,
    "hhi" DECIMAL(65,30) NOT NULL,
    "suppliers" INTEGER NOT NULL,

    CONSTRAINT "SpendConcentration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpendConcentration_scope_market_idx" ON "SpendConcentration"("scope", "market");
