import "server-only";
import { requireUser } from "@/lib/auth/caller";
import { db } from "@/lib/db";

// Frameworks and lots are public reference data: every signed-in role reads them.
export async function listFrameworks() {
  await requireUser();
  return db.framework.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { lots: true } } },
  });
}

export async function getFramework(id: string) {
  await requireUser();
  return db.framework.findUnique({
    where: { id },
    include: {
      lots: {
        orderBy: { number: "asc" },
        include: { _count: { select: { memberships: { where: { status: "VERIFIED" } } } } },
      },
    },
  });
}
