// Who is told about a contract: its owner and the commercial leads of its department (active accounts).
import type { PrismaClient } from "@prisma/client";

type ContractPeople = { departmentId: string; ownerId: string | null };

export async function contractRecipients(
  prisma: PrismaClient,
  contracts: ContractPeople[],
): Promise<(c: ContractPeople) => string[]> {
  const departmentIds = [...new Set(contracts.map((c) => c.departmentId))];
  const ownerIds = [...new Set(contracts.flatMap((c) => (c.ownerId ? [c.ownerId] : [])))];
  const [leads, owners] = await Promise.all([
    prisma.user.findMany({
      where: { role: "COMMERCIAL_LEAD", disabledAt: null, departmentId: { in: departmentIds } },
      select: { id: true, departmentId: true },
    }),
    prisma.user.findMany({ where: { id: { in: ownerIds }, disabledAt: null }, select: { id: true } }),
  ]);
  const activeOwners = new Set(owners.map((o) => o.id));
  return (c) => {
    const ids = leads.filter((l) => l.departmentId === c.departmentId).map((l) => l.id);
    if (c.ownerId && activeOwners.has(c.ownerId)) ids.unshift(c.ownerId);
    return [...new Set(ids)];
  };
}

export async function administrators(prisma: PrismaClient): Promise<string[]> {
  const admins = await prisma.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { id: true } });
  return admins.map((a) => a.id);
}
