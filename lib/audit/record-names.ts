import "server-only";
import { db } from "@/lib/db";

export type RecordName = { label: string; href?: string };

type Event = { actorId: string | null; entityType: string; entityId: string | null };

const ids = (events: Event[], type: string) => [
  ...new Set(events.flatMap((e) => (e.entityType === type && e.entityId ? [e.entityId] : []))),
];

/**
 * The people and records a page of audit events names, in words: actors by name, and each record by
 * what a person calls it (a contract's title, a supplier's name) with a link where one exists. The
 * events are already in the caller's scope, so are the records they name.
 */
export async function namesForEvents(events: Event[]) {
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const [actors, contracts, suppliers, users, memberships, imports] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    db.contract.findMany({ where: { id: { in: ids(events, "Contract") } }, select: { id: true, title: true } }),
    db.supplier.findMany({ where: { id: { in: ids(events, "Supplier") } }, select: { id: true, legalName: true } }),
    db.user.findMany({ where: { id: { in: ids(events, "User") } }, select: { id: true, name: true } }),
    db.lotMembership.findMany({
      where: { id: { in: ids(events, "LotMembership") } },
      select: {
        id: true,
        supplier: { select: { id: true, legalName: true } },
        lot: { select: { number: true, framework: { select: { name: true } } } },
      },
    }),
    db.import.findMany({
      where: { id: { in: ids(events, "Import") } },
      select: { id: true, fileName: true, kind: true },
    }),
  ]);
  const records = new Map<string, RecordName>();
  for (const c of contracts) records.set(`Contract:${c.id}`, { label: c.title, href: `/contracts/${c.id}` });
  for (const s of suppliers) records.set(`Supplier:${s.id}`, { label: s.legalName, href: `/suppliers/${s.id}` });
  for (const u of users) records.set(`User:${u.id}`, { label: u.name, href: `/admin/users/${u.id}` });
  for (const m of memberships)
    records.set(`LotMembership:${m.id}`, {
      label: `${m.supplier.legalName}: ${m.lot.framework.name} Lot ${m.lot.number}`,
      href: `/suppliers/${m.supplier.id}`,
    });
  for (const i of imports)
    records.set(`Import:${i.id}`, {
      label: i.fileName,
      href: i.kind === "SUPPLY_CHAIN_RETURN" ? undefined : `/imports/${i.id}`,
    });
  return { actors: new Map(actors.map((a) => [a.id, a.name])), records };
}
