-- The renewal pipeline totals every active contract ending within 18 months: a quarter of the contracts at
-- national scale. Carrying what the totals and the order read (id, department, value, extensions used) in the
-- index answers them from an index-only scan instead of reading the whole table (partial and INCLUDE indexes
-- cannot be written in Prisma 6's schema; they live only in migrations).
DROP INDEX IF EXISTS "Contract_active_endDate_idx";
CREATE INDEX "Contract_active_pipeline_idx" ON "Contract"("endDate") INCLUDE (id, "departmentId", "currentValue", "extensionsUsed")
  WHERE status = 'ACTIVE';
