import { z } from "zod";
import { dateField, idField, moneyField, optionalText, textField } from "@/lib/actions/fields";

/** PPN 002 themes. */
export const SOCIAL_VALUE_THEMES = [
  "Tackling economic inequality",
  "Fighting climate change",
  "Equal opportunity",
  "Wellbeing",
  "Supply chain resilience",
  "Other",
] as const;

export const CommitmentSchema = z.object({
  contractId: idField("a contract"),
  theme: textField("the theme", 200),
  description: textField("what was committed", 2000),
  measure: textField("the measure", 200),
  target: moneyField("the target"),
  accountableSupplierId: idField("the accountable partner"),
});

export const DeliverySchema = z.object({
  contractId: idField("a contract"),
  commitmentId: idField("the commitment"),
  deliveredOn: dateField("the delivery date"),
  amount: moneyField("the amount delivered"),
  note: optionalText(),
});
