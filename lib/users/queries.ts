import "server-only";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { requireCan } from "@/lib/access/caller";
import { db } from "@/lib/db";
import { pageOf, skipFor, PAGE_SIZE } from "@/lib/pagination";
import { z } from "zod";
import { PageSchema, SearchSchema } from "@/lib/pagination";

export const UserListParamsSchema = z.object({ page: PageSchema, q: SearchSchema });

export async function listUsers(params: z.infer<typeof UserListParamsSchema>) {
  await requireCan("manageUsers");
  const where: Prisma.UserWhereInput = params.q
    ? {
        OR: [
          { email: { contains: params.q, mode: "insensitive" } },
          { name: { contains: params.q, mode: "insensitive" } },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { email: "asc" }],
      skip: skipFor(params.page),
      take: PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabledAt: true,
        auditorAllDepartments: true,
        department: { select: { name: true } },
        supplier: { select: { legalName: true } },
        _count: { select: { auditorGrants: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return pageOf(rows, total, params.page);
}

export const getUserForAdmin = cache(async (id: string) => {
  await requireCan("manageUsers");
  const [user, departments] = await Promise.all([
    db.user.findUnique({
      where: { id },
      include: {
        department: true,
        supplier: true,
        auditorGrants: { include: { department: true }, orderBy: { department: { name: "asc" } } },
      },
    }),
    db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return user ? { user, departments } : null;
});
