-- SME spend resting on a size declaration nobody has verified (a supplier's own word), kept beside the SME
-- spend in the monthly roll-ups. Rows written before this change count none: `npm run insight:refresh` rebuilds them.
ALTER TABLE "SpendMonthly" ADD COLUMN "unverifiedSmeAmount" DECIMAL(18,2) NOT NULL DEFAULT 0;
ALTER TABLE "SpendMonthlyLot" ADD COLUMN "unverifiedSmeAmount" DECIMAL(18,2) NOT NULL DEFAULT 0;
