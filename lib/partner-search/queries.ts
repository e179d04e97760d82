import "server-only";
import { requireCan, requireUser } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { pageOf } from "@/lib/pagination";
import type { PartnerSearchParams, SupplierChoice } from "@/lib/partner-search/schema";
import { partnerCountSql, partnerPageSql, supplierChoiceSql, type PartnerRow } from "@/lib/partner-search/sql";

// Who searches for partners: buyers, and suppliers looking for partners to lead or join. A supplier sees
// of the others what is public: name, size, capabilities, verified lots and counts of current contracts.

/** The supplier register searched for partners (every row holds only what any searcher may see). */
export async function searchPartners(params: PartnerSearchParams) {
  await requireCan("searchPartners");
  const [rows, count] = await Promise.all([
    db.$queryRaw<PartnerRow[]>(partnerPageSql(params)),
    db.$queryRaw<{ total: number }[]>(partnerCountSql(params)),
  ]);
  return pageOf(rows, count[0]?.total ?? 0, params.page);
}

/**
 * The lead partner and member pickers (contract writers only): the suppliers the typed text finds, as
 * partner search finds them, at most 20. Nothing typed, nothing suggested.
 */
export async function listSupplierChoices(q: string | undefined, lotId?: string): Promise<SupplierChoice[]> {
  await requireCan("writeContracts");
  if (!q) return [];
  return db.$queryRaw<SupplierChoice[]>(supplierChoiceSql(q, lotId));
}

/** The choices for the search form: the capability tree (indented by depth) and the framework lots. */
export async function getPartnerSearchOptions() {
  const caller = await requireCan("searchPartners");
  const [capabilities, lots] = await Promise.all([capabilityOptions(), lotOptions()]);
  // A supplier may open only its own organisation's page, so other suppliers' names are not links for it.
  return { capabilities, lots, linksToProfiles: caller.role !== "SUPPLIER_USER" };
}

/** The capability taxonomy as indented choices (any signed-in user: suppliers choose from it too). */
export async function capabilityOptions() {
  await requireUser();
  const all = await db.capability.findMany({
    select: { id: true, name: true, parentId: true },
    orderBy: { name: "asc" },
  });
  const out: { value: string; label: string }[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const c of all.filter((x) => x.parentId === parentId)) {
      out.push({ value: c.id, label: `${"— ".repeat(depth)}${c.name}` });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export async function lotOptions() {
  await requireUser();
  const lots = await db.lot.findMany({
    select: { id: true, number: true, name: true, framework: { select: { name: true, rmNumber: true } } },
    orderBy: [{ framework: { name: "asc" } }, { number: "asc" }],
  });
  return lots.map((l) => ({
    value: l.id,
    label: `${l.framework.name} (${l.framework.rmNumber}) Lot ${l.number}: ${l.name}`,
  }));
}
