// An alert source finds, for a day, the alerts that are due and who should get them. Each kind of alert
// is one source (sources/); the scan job runs them all. A new source (Procurement Act notices falling
// due) is one more file listed in sources/index.ts.
import type { PrismaClient } from "@prisma/client";
import type { AlertConfig } from "./config";
import type { AlertKind } from "./kinds";

export type AlertCandidate = {
  kind: AlertKind;
  /** Names this alert: a person gets an alert with the same key once (e.g. "reprocurement:<contract>:<end date>:6m"). */
  key: string;
  userIds: string[];
  subject: string;
  text: string;
  /** Path in the app where to act. */
  link: string;
  dueOn?: Date;
};

export type AlertSourceContext = { prisma: PrismaClient; today: Date; config: AlertConfig };

export type AlertSource = {
  kind: AlertKind;
  collect(context: AlertSourceContext): Promise<AlertCandidate[]>;
};
