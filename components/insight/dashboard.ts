// What the dashboards' figures share: the spend dashboard's data and links, and the in-text link style.
import type { insightHref } from "@/components/insight/insight-tabs";
import type { getSpendDashboard } from "@/lib/insight/queries";

/** What the spend dashboard's figures read, and how each links to a narrower view of itself. */
export type SpendDashboard = Awaited<ReturnType<typeof getSpendDashboard>>;
export type SpendHref = (changes: Parameters<typeof insightHref>[2]) => string;

/** A dashboard's in-text link, and a decimal as a number for a chart's axis (rounded for display only). */
export const link = "text-brand-700 underline";
export const chartNumber = (v: { toString(): string }) => Number(v.toString());
