import { z } from "zod";
import { checkboxField } from "@/lib/actions/fields";
import { ALERT_KINDS, type AlertKind } from "./kinds";

export const DIGEST_FREQUENCIES = ["IMMEDIATE", "DAILY", "WEEKLY"] as const;
export const DIGEST_LABELS: Record<(typeof DIGEST_FREQUENCIES)[number], string> = {
  IMMEDIATE: "Each alert as it falls due",
  DAILY: "A daily digest (each morning)",
  WEEKLY: "A weekly digest (Monday mornings)",
};

/** The checkbox of a kind on the settings form: ticked, the kind is wanted. */
export const wantField = (kind: AlertKind) => `want${kind}`;

/** The settings form: the digest, and a checkbox per kind; kinds left unticked are switched off. */
export const AlertSettingsSchema = z
  .object({
    digest: z.enum(DIGEST_FREQUENCIES, { error: "Choose how often to be emailed." }),
    ...Object.fromEntries(ALERT_KINDS.map((k) => [wantField(k), checkboxField])),
  })
  .transform((v) => ({
    digest: v.digest,
    disabledKinds: ALERT_KINDS.filter((k) => !(v as Record<string, unknown>)[wantField(k)]),
  }));
