import "server-only";
import { db } from "@/lib/db";
import { LIST_LIMIT, scopeFor } from "@/lib/insight/dashboard-scope";
import { byTokenism, pledgedVsDelivered } from "@/lib/insight/pledged";
import type { InsightFilters } from "@/lib/insight/schema";
import * as S from "@/lib/insight/sql-spend";
import { type ConcentrationRow, concentrationSql } from "@/lib/insight/sql-concentration";
import { requireCan } from "@/lib/access/caller";

/** page: which LIST_LIMIT member rows of pledged-against-delivered (worst first) to show. */
export async function getPartnershipDashboard(filters: InsightFilters, page = 1) {
  const scope = scopeFor(await requireCan("readInsight"), filters);
  const [members, byCapability, byDepartment] = await Promise.all([
    db.$queryRaw<S.PartnershipMemberRow[]>(S.pledgedVsDeliveredSql(scope, LIST_LIMIT, (page - 1) * LIST_LIMIT)),
    db.$queryRaw<ConcentrationRow[]>(concentrationSql(scope, "capability")),
    db.$queryRaw<ConcentrationRow[]>(concentrationSql(scope, "department")),
  ]);
  // Group the member rows (already ranked in SQL) into partnerships and judge them with the pure rule.
  const grouped = new Map<
    string,
    {
      contractId: string;
      title: string;
      reference: string | null;
      departmentName: string;
      leadPartnerName: string;
      contractSpend: string;
      rows: S.PartnershipMemberRow[];
    }
  >();
  for (const row of members) {
    const p = grouped.get(row.contractId) ?? {
      contractId: row.contractId,
      title: row.title,
      reference: row.reference,
      departmentName: row.departmentName,
      leadPartnerName: row.leadPartnerName,
      contractSpend: row.contractSpend.toString(),
      rows: [],
    };
    p.rows.push(row);
    grouped.set(row.contractId, p);
  }
  const partnerships = byTokenism(
    [...grouped.values()].map((p) => {
      const outcomes = pledgedVsDelivered(
        p.contractSpend,
        p.rows.map((r) => ({
          supplierId: r.supplierId,
          pledgedSharePercent: r.pledgedSharePercent,
          received: r.received,
        })),
      );
      return {
        ...p,
        members: outcomes.map((o, i) => ({
          ...o,
          legalName: p.rows[i]?.legalName ?? "",
          received: p.rows[i]?.received.toString() ?? "0",
        })),
      };
    }),
  );
  return {
    partnerships,
    partnershipCount: Number(members[0]?.partnerships ?? 0),
    tokenismCount: Number(members[0]?.tokenismPartnerships ?? 0),
    memberRows: {
      total: Number(members[0]?.memberRows ?? 0),
      page,
      pageSize: LIST_LIMIT,
      pageCount: Math.max(1, Math.ceil(Number(members[0]?.memberRows ?? 0) / LIST_LIMIT)),
    },
    byCapability,
    byDepartment,
  };
}
