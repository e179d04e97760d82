-- The riskiest contracts in the order the dashboard lists them (score high to low, then id), so the first 20 are
-- read from the index's start instead of sorting every score; the band counts read it too, index-only.
DROP INDEX IF EXISTS "ContractLockInScore_score_idx";
CREATE INDEX "ContractLockInScore_score_contractId_idx" ON "ContractLockInScore"("score" DESC, "contractId");
