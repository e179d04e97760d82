// The kinds of alert a person can be sent, each switchable off on the settings page. A new source of
// alerts (Procurement Act notices falling due, say) adds its kind here and its source in sources/.
export const ALERT_KINDS = [
  "REPROCUREMENT",
  "NOTICE_DATE",
  "KPI_ASSESSMENT",
  "PROCUREMENT_NOTICE",
  "LOT_CLAIM",
  "IMPORT_MATCHES",
  "SAVED_SEARCH",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_KIND_LABELS: Record<AlertKind, { label: string; hint: string }> = {
  REPROCUREMENT: {
    label: "Re-procurement lead times",
    hint: "A contract you own or buy for is 18 or 6 months (or its own lead time) from its end.",
  },
  NOTICE_DATE: { label: "Notice dates", hint: "30, 15 and 7 days before the last day to give notice on a contract." },
  KPI_ASSESSMENT: {
    label: "KPI assessments due",
    hint: "A contract over £5m is due its 12-monthly KPI assessment (Procurement Act 2023).",
  },
  PROCUREMENT_NOTICE: {
    label: "Procurement Act notices due",
    hint: "A contract's transparency notice (UK7, UK9, UK10, UK11) is due in 14 or 3 days, or is overdue.",
  },
  LOT_CLAIM: { label: "Lot claims to verify", hint: "Administrators: a supplier claimed a place on a framework lot." },
  IMPORT_MATCHES: {
    label: "Imports waiting for matches",
    hint: "Administrators: a spend import waits for supplier names to be matched.",
  },
  SAVED_SEARCH: { label: "Saved searches", hint: "A new contract matches a search you saved with email on." },
};

export const isAlertKind = (kind: string): kind is AlertKind => (ALERT_KINDS as readonly string[]).includes(kind);

/** The kinds a role can be sent (administrators' queues only to administrators; suppliers only saved searches). */
export function alertKindsFor(role: string): AlertKind[] {
  if (role === "ADMIN") return [...ALERT_KINDS];
  if (role === "COMMERCIAL_LEAD")
    return ["REPROCUREMENT", "NOTICE_DATE", "KPI_ASSESSMENT", "PROCUREMENT_NOTICE", "SAVED_SEARCH"];
  return ["SAVED_SEARCH"];
}
