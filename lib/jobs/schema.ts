import { z } from "zod";
import { PageSchema } from "@/lib/pagination";

export const JOB_VIEWS = ["all", "queued", "running", "failed"] as const;
export type JobView = (typeof JOB_VIEWS)[number];

export const JobListParamsSchema = z.object({ view: z.enum(JOB_VIEWS).catch("all"), page: PageSchema });
export type JobListParams = z.infer<typeof JobListParamsSchema>;

export const RetryJobSchema = z.object({ jobId: z.uuid({ message: "Choose a job to retry" }) });
