import { z } from "zod";
import { PageSchema, SearchSchema } from "@/lib/pagination";

export const CONTRACT_STATUSES = ["PLANNED", "ACTIVE", "TERMINATED", "EXPIRED", "CANCELLED"] as const;
export const CONTRACT_SORTS = ["title", "awardDate", "endDate", "currentValue"] as const;

export const ContractListParamsSchema = z.object({
  page: PageSchema,
  q: SearchSchema,
  status: z.enum(CONTRACT_STATUSES).optional().catch(undefined),
  sort: z.enum(CONTRACT_SORTS).catch("endDate"),
  // Latest end dates first: live contracts before the expired history.
  dir: z.enum(["asc", "desc"]).catch("desc"),
});

export type ContractListParams = z.infer<typeof ContractListParamsSchema>;

export const ROUTE_TO_MARKET_LABELS = {
  FRAMEWORK_CALL_OFF: "Framework call-off",
  OPEN: "Open procedure",
  RESTRICTED: "Restricted procedure",
  COMPETITIVE_FLEXIBLE: "Competitive flexible procedure",
  DIRECT_AWARD: "Direct award",
} as const;

export const STATUS_LABELS = {
  PLANNED: "Planned",
  ACTIVE: "Active",
  TERMINATED: "Terminated",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
} as const;
