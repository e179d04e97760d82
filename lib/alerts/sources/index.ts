// Every source the daily scan runs. Add a source: one file here, its kind in ../kinds.ts.
import type { AlertSource } from "../source";
import { importMatchesSource, lotClaimSource } from "./admin-queues";
import { noticeDateSource, reprocurementSource } from "./contract-dates";
import { kpiAssessmentSource } from "./kpi-assessments";
import { procurementNoticeSource } from "./procurement-notices";

export const ALERT_SOURCES: AlertSource[] = [
  reprocurementSource,
  noticeDateSource,
  kpiAssessmentSource,
  procurementNoticeSource,
  lotClaimSource,
  importMatchesSource,
];
