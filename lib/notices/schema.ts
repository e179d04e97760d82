import { z } from "zod";
import { dateField, idField, textField } from "@/lib/actions/fields";

export const DraftNoticeSchema = z.object({
  obligationKey: z.string({ error: "Choose the notice to draft." }).min(3).max(200, "Choose the notice to draft."),
  /** The contract the duty is about; for a pipeline notice (UK1), the department. */
  contractId: z.string().max(64).optional(),
  departmentId: z.string().max(64).optional(),
});

export const ApproveNoticeSchema = z.object({ noticeId: idField("a notice") });

/** Find a Tender notice ids read like 012345-2026: six digits, a hyphen, the year. */
export const PublishNoticeSchema = z.object({
  noticeId: idField("a notice"),
  publishedNoticeId: z
    .string({ error: "Enter the Find a Tender notice id." })
    .trim()
    .regex(
      /^\d{6}-\d{4}$/,
      "Enter the Find a Tender notice id as six digits, a hyphen and the year, for example 012345-2026.",
    ),
});

export const PERFORMANCE_FAILURE_KINDS = ["BREACH", "FAILURE_TO_IMPROVE"] as const;
export const PERFORMANCE_FAILURE_LABELS = {
  BREACH: "Breach of contract (damages, termination or settlement)",
  FAILURE_TO_IMPROVE: "Failure to improve after being given the chance",
} as const;

export const PerformanceFailureSchema = z.object({
  contractId: idField("a contract"),
  kind: z.enum(PERFORMANCE_FAILURE_KINDS, { error: "Choose what was found." }),
  foundOn: dateField("the date it was found"),
  supplierId: idField("the supplier responsible"),
  description: textField("what happened", 2000),
});

export const NoticeListParamsSchema = z.object({ department: z.string().max(64).optional().catch(undefined) });
