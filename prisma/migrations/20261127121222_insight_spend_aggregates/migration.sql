-- CreateTable
CREATE TABLE "SpendMonthly" (
    "id" BIGSERIAL NOT NULL,
    "departmentId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "kind" "SpendKind" NOT NULL,
    "lotId" TEXT,
    "capabilityId" TEXT,
    "routeToMarket" "RouteToMarket",
    "amount" DECIMAL(18,2) NOT NULL,
    "smeAmount" DECIMAL(18,2) NOT NULL,
    "transactions" INTEGER NOT NULL,

    CONSTRAINT "SpendMonthly_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpendContractPayee" (
    "id" BIGSERIAL NOT NULL,
    "departmentId" TEXT NOT NULL,
    "contractId" TEXT,
    "payeeSupplierId" TEXT NOT NULL,
    "kind" "SpendKind" NOT NULL,
    "lotId" TEXT,
    "capabilityId" TEXT,
    "routeToMarket" "RouteToMarket",
    "amount" DECIMAL(18,2) NOT NULL,
    "smeAmount" DECIMAL(18,2) NOT NULL,

    CONSTRAINT "SpendContractPayee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SpendMonthly_departmentId_month_idx" ON "SpendMonthly"("departmentId", "month");

-- CreateIndex
CREATE INDEX "SpendMonthly_month_idx" ON "SpendMonthly"("month");

-- CreateIndex
CREATE INDEX "SpendContractPayee_departmentId_kind_idx" ON "SpendContractPayee"("departmentId", "kind");

-- CreateIndex
CREATE INDEX "SpendContractPayee_contractId_idx" ON "SpendContractPayee"("contractId");

-- CreateIndex
CREATE INDEX "SpendContractPayee_payeeSupplierId_idx" ON "SpendContractPayee"("payeeSupplierId");

-- CreateIndex
CREATE INDEX "Contract_departmentId_leadPartnerId_awardDate_idx" ON "Contract"("departmentId", "leadPartnerId", "awardDate");
