// Brings the dashboards' pre-aggregates up to date after a save: spend of some departments (or paid to
// a supplier whose size changed without its own refresh: see saveSizeChange), one contract's change, or
// what derives from the roll-ups after a spend import (queued in the import's own transaction).
// Rebuilds are idempotent, so a retry or a repeat does no harm.
import { z } from "zod";
import { refreshDerivedInsight, refreshSpendAggregates } from "@/lib/insight/refresh";
import { refreshAfterContractChange } from "@/lib/insight/refresh-contract";
import { refreshMemberPartnerships } from "@/lib/insight/refresh-size";
import { RETRY_DELAY_SECONDS, HEARTBEAT_SECONDS } from "../settings";
import { defineJob } from "../types";

export const InsightRefreshSchema = z.union([
  z.object({ departmentIds: z.array(z.string()).optional(), payeeSupplierId: z.string().optional() }).strict(),
  z.object({ contractId: z.string(), change: z.enum(["contract", "kpis", "partnership"]) }).strict(),
  // After a spend import committed its rows and roll-ups: what derives from them, in these financial years.
  z.object({ derivedOf: z.array(z.string()), years: z.array(z.number().int()).optional() }).strict(),
]);

export const insightRefreshJob = defineJob({
  name: "insight-refresh",
  title: "Dashboard refresh",
  schema: InsightRefreshSchema,
  queue: {
    retryLimit: 3,
    retryDelay: RETRY_DELAY_SECONDS,
    retryBackoff: true,
    heartbeatSeconds: HEARTBEAT_SECONDS,
    expireInSeconds: 30 * 60,
  },
  async handle(target, { prisma }) {
    if ("contractId" in target) {
      const contract = await prisma.contract.findUnique({
        where: { id: target.contractId },
        select: { id: true, departmentId: true },
      });
      if (contract) await refreshAfterContractChange(prisma, contract, target.change);
      return;
    }
    if ("derivedOf" in target) return refreshDerivedInsight(prisma, target.derivedOf, target.years);
    let departmentIds = target.departmentIds ?? [];
    if (target.payeeSupplierId) {
      // A supplier's size changed and its save could not move the figures itself (or the job was queued
      // before saves did): every department that paid it judges SME share anew.
      const rows = await prisma.spendTransaction.findMany({
        where: { payeeSupplierId: target.payeeSupplierId },
        distinct: ["departmentId"],
        select: { departmentId: true },
      });
      departmentIds = [...new Set([...departmentIds, ...rows.map((r) => r.departmentId)])];
    }
    await refreshSpendAggregates(prisma, { departmentIds });
    // And its partnerships in departments that never paid it (SME members are listed as at the award).
    if (target.payeeSupplierId) await refreshMemberPartnerships(prisma, target.payeeSupplierId);
  },
});
