-- Stored dashboard answers per financial year as well as all-time: "yearEnding" is the year the April-March
-- financial year ends in, NULL for all time (the rows stored so far). A scope's year rows are written by its
-- next refresh; until then readers compute that year live (lib/insight/sql-scope.ts storedAnswer).
ALTER TABLE "SpendSupplierTotal" ADD COLUMN "yearEnding" INTEGER;
ALTER TABLE "SpendConcentration" ADD COLUMN "yearEnding" INTEGER;

DROP INDEX "SpendSupplierTotal_scope_amount_idx";
CREATE INDEX "SpendSupplierTotal_scope_yearEnding_amount_idx" ON "SpendSupplierTotal"("scope", "yearEnding", "amount" DESC);
DROP INDEX "SpendConcentration_scope_market_idx";
CREATE INDEX "SpendConcentration_scope_yearEnding_market_idx" ON "SpendConcentration"("scope", "yearEnding", "market");

-- A capability market's year rows over every department are rebuilt from this roll-up after a contract moves
-- capability: read by capability, not by scanning every department's months.
CREATE INDEX "SpendPayeeMonthly_capabilityId_month_idx" ON "SpendPayeeMonthly"("capabilityId", "month");
