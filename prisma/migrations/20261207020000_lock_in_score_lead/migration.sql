-- The lead partner a contract's lock-in score was computed under: a save that changes the lead rescores
-- the department's contracts of the old lead as well as the new one (lib/insight/refresh-lock-in.ts).
ALTER TABLE "ContractLockInScore" ADD COLUMN "leadPartnerId" TEXT;
