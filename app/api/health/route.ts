import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness: 200 when the database answers one cheap query, 503 otherwise. Readiness is /api/ready. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok" });
  } catch {
    return Response.json({ status: "unavailable", database: "unreachable" }, { status: 503 });
  }
}
