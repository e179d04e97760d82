-- CreateTable
CREATE TABLE "ContractLockInScore" (
    "contractId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "factors" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractLockInScore_pkey" PRIMARY KEY ("contractId")
);

-- CreateIndex
CREATE INDEX "ContractLockInScore_departmentId_score_idx" ON "ContractLockInScore"("departmentId", "score");

-- CreateIndex
CREATE INDEX "ContractLockInScore_score_idx" ON "ContractLockInScore"("score");
