import { z } from "zod";
import { dateField, idField, optionalText, textField } from "@/lib/actions/fields";
import { KPI_RATINGS } from "@/lib/contracts/kpi-rules";

export const KpiSchema = z.object({
  contractId: idField("a contract"),
  name: textField("the KPI's name", 200),
  measure: textField("how it is measured", 1000),
  target: textField("the target", 500),
  accountableSupplierId: idField("the accountable partner"),
});

export const AssessmentSchema = z.object({
  contractId: idField("a contract"),
  kpiId: idField("the KPI"),
  assessedOn: dateField("the assessment date"),
  rating: z.enum(KPI_RATINGS, { error: "Choose a rating." }),
  note: optionalText(),
});
