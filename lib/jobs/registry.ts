// Every job the workers run. Add a job: one definition in definitions/, listed here.
import { alertDigestJob } from "./definitions/alert-digest";
import { auditCheckpointJob } from "./definitions/audit-checkpoint";
import { alertScanJob } from "./definitions/alert-scan";
import { mailDeliveryJob } from "./definitions/mail-delivery";
import { savedSearchMatchJob } from "./definitions/saved-search-match";
import { insightRefreshJob } from "./definitions/insight-refresh";
import { ocdsImportJob } from "./definitions/ocds-import";
import { rollUpCheckJob } from "./definitions/roll-up-check";
import { spendImportJob } from "./definitions/spend-import";
import { supplyChainReturnJob } from "./definitions/supply-chain-return";
import { sweepJob } from "./definitions/sweep";
import type { JobDefinition } from "./types";

export const JOBS: JobDefinition<never>[] = [
  spendImportJob,
  ocdsImportJob,
  supplyChainReturnJob,
  insightRefreshJob,
  rollUpCheckJob,
  sweepJob,
  mailDeliveryJob,
  alertScanJob,
  alertDigestJob,
  savedSearchMatchJob,
  auditCheckpointJob,
] as unknown as JobDefinition<never>[];

export const jobTitle = (name: string) => JOBS.find((j) => j.name === name)?.title ?? name;
