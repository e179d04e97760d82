-- Partial indexes for the contract dashboards across every department (Prisma 6's schema cannot express
-- partial indexes, so they live only here; a future `migrate dev` diff must not drop them).
-- Overdue KPI assessments: active contracts over £5m without an exemption (about 7% of contracts).
CREATE INDEX "Contract_overdue_kpi_idx" ON "Contract"("currentValue" DESC)
  WHERE status = 'ACTIVE' AND "kpiExemptionReason" IS NULL AND "currentValue" > 5000000;

-- Renewal pipeline: active contracts by end date.
CREATE INDEX "Contract_active_endDate_idx" ON "Contract"("endDate") WHERE status = 'ACTIVE';
