-- The new-contract form's one-time key: one contract per submitted form, however often or in parallel it arrives.
ALTER TABLE "Contract" ADD COLUMN "creationKey" TEXT;
CREATE UNIQUE INDEX "Contract_creationKey_key" ON "Contract"("creationKey");
