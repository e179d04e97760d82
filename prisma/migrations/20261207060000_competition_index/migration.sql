-- A contract's lock-in context asks whether its department competed its capability openly after its last poor
-- rating: the two latest open or selective awards of that department and capability. This index gives them
-- directly (a terms save at national scale scanned the department's 30,000 contracts for them).
CREATE INDEX "Contract_competition_idx" ON "Contract"("departmentId", "capabilityId", "awardDate" DESC, id)
  WHERE "procurementMethod" IN ('OPEN', 'SELECTIVE');
