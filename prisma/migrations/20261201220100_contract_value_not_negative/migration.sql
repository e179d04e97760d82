-- A contract's value is never below zero, whatever sequence of amendments reaches it: the database holds the rule.
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_currentValue_not_negative" CHECK ("currentValue" >= 0);
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_awardValue_not_negative" CHECK ("awardValue" >= 0);
