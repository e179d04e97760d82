-- A coarser monthly roll-up without capability (a fifth of SpendMonthly's rows) for views not filtered by
-- capability or supplier, and each scope's direct spend per supplier for the top-suppliers chart.
-- Both kept current by refreshSpendAggregates and the importers (lib/insight/refresh.ts).
-- CreateTable
CREATE TABLE "SpendMonthlyLot" (
    "id" BIGSERIAL NOT NULL,
    "departmentId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "kind" "SpendKind" NOT NULL,
    "lotId" TEXT,
    "routeToMarket" "RouteToMarket",
    "amount" DECIMAL(18,2) NOT NULL,
    "smeAmount" DECIMAL(18,2) NOT NULL,
    "transactions" INTEGER NOT NULL,

    CONSTRAINT "SpendMonthlyLot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpendMonthlyLot_departmentId_month_idx" ON "SpendMonthlyLot"("departmentId", "month");

-- CreateTable
CREATE TABLE "SpendSupplierTotal" (
    "id" BIGSERIAL NOT NULL,
    "scope" TEXT NOT NULL,
    "payeeSupplierId" TEXT NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "SpendSupplierTotal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpendSupplierTotal_scope_amount_idx" ON "SpendSupplierTotal"("scope", "amount" DESC);
