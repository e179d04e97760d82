-- Overdue KPI assessments count every active contract over £5m without an exemption (21,000 at national scale)
-- before listing the largest 50: carrying id and department in the index counts them without reading the table.
DROP INDEX IF EXISTS "Contract_overdue_kpi_idx";
CREATE INDEX "Contract_overdue_kpi_idx" ON "Contract"("currentValue" DESC) INCLUDE (id, "departmentId")
  WHERE status = 'ACTIVE' AND "kpiExemptionReason" IS NULL AND "currentValue" > 5000000;
-- The summaries' dates and counts with their contract, for the same count without reading the summaries' table.
CREATE INDEX "ContractKpiSummary_overdue_idx" ON "ContractKpiSummary"("contractId") INCLUDE ("lastAssessedOn", kpis);
